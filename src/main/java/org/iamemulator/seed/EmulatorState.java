package org.iamemulator.seed;

import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.core.Ids;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.seed.Seed.SeedAccount;
import org.iamemulator.seed.Seed.SeedRoot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The emulator's starting state: the configured default account with its root credentials, plus the seed file
 * ({@code emulator.seed}) or, without one, the demo users. Each account is seeded when it is created, so a restart
 * over a file store or a shared database changes nothing; {@link #reset} deletes accounts and seeds them afresh.
 */
@Component
public class EmulatorState implements SmartInitializingSingleton {

    static final String DEMO_SEED = "classpath:demo-seed.yaml";

    private static final Logger log = LoggerFactory.getLogger(EmulatorState.class);

    private final EmulatorProperties properties;
    private final AccountService accounts;
    private final SeedApplier applier;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final Seed seed;

    EmulatorState(EmulatorProperties properties, AccountService accounts, SeedApplier applier,
            TransactionTemplate transaction, Environment environment) {
        this.properties = properties;
        this.accounts = accounts;
        this.applier = applier;
        this.transaction = transaction;
        this.environment = environment;
        // read at start-up, so that a broken file stops the start with its message
        this.seed = properties.seed() != null && !properties.seed().isBlank() ? SeedReader.read(properties.seed())
                : properties.demoData() ? SeedReader.read(DEMO_SEED) : null;
    }

    /** Before the web server opens its port: no request can arrive before the root key and the seed exist. */
    @Override
    public void afterSingletonsInstantiated() {
        initialize(null);
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info("IAM emulator ready at http://127.0.0.1:{}: account {} ({}), root access key {}, auth mode {}{}",
                environment.getProperty("local.server.port", "?"), properties.accountId(),
                properties.accountName(), properties.root().accessKey(), properties.auth().mode(),
                seed == null ? "" : ", seed " + seed.file());
    }

    /** Deletes every account, or only {@code accountId}, and creates it again as the configuration and seed say. */
    public synchronized void reset(String accountId) {
        if (accountId != null && !isConfigured(accountId)) {
            throw new NotFoundException("account", accountId);
        }
        transaction.executeWithoutResult(status -> accounts.delete(accountId));
        initialize(accountId);
    }

    /** A new, empty account with generated id and root keys. */
    public synchronized NewAccount createAccount() {
        String id = Ids.random();
        NewAccount account = new NewAccount(id, "account-" + id.substring(0, 12),
                Ids.random().substring(0, 20).toUpperCase(), Ids.random() + Ids.random().substring(0, 8));
        create("", "", account.accountId(), account.accountName(),
                new SeedRoot("", account.rootAccessKey(), account.rootSecretKey(), null), null);
        return account;
    }

    public record NewAccount(String accountId, String accountName, String rootAccessKey, String rootSecretKey) {
    }

    /** Whether reset can recreate this account: the default one or one of the seed's. */
    public boolean isConfigured(String accountId) {
        return properties.accountId().equals(accountId) || (seed != null
                && seed.accounts().stream().anyMatch(account -> account.id().equals(accountId)));
    }

    /** Creates the missing accounts (all, or only {@code onlyAccountId}) with their seed content. */
    private synchronized void initialize(String onlyAccountId) {
        String file = seed == null ? "" : seed.file();
        if (onlyAccountId == null || onlyAccountId.equals(properties.accountId())) {
            SeedRoot root = new SeedRoot("", properties.root().accessKey(), properties.root().secretKey(),
                    properties.root().password());
            create(file, "", properties.accountId(), properties.accountName(), root,
                    seed == null ? null : seed.defaultAccount());
        }
        if (seed != null) {
            for (SeedAccount account : seed.accounts()) {
                if (onlyAccountId == null || onlyAccountId.equals(account.id())) {
                    create(file, account.path(), account.id(), account.name(), account.root(), account);
                }
            }
        }
    }

    private void create(String file, String path, String accountId, String name, SeedRoot root, SeedAccount content) {
        if (accounts.exists(accountId)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            applier.createAccount(file, path, accountId, name, root);
            if (content != null) {
                applier.applyContent(file, accountId, content);
            }
        });
    }
}
