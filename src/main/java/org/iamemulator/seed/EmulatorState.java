package org.iamemulator.seed;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.core.Ids;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.credential.CredentialProvisioning;
import org.iamemulator.core.credential.CredentialProvisioning.IssuedKey;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.federation.SamlMetadata;
import org.iamemulator.seed.Seed.SeedAccount;
import org.iamemulator.seed.Seed.SeedRoot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The emulator's starting state: the configured default account with its root credentials, plus the seed file
 * ({@code emulator.seed}) or, without one, the demo users. Each account is seeded when it is created, so a restart
 * over a file store or a shared database changes nothing. The rows a seed wrote are kept as an
 * {@link AccountSnapshot}: {@link #reset} writes the snapshots back over the accounts, and
 * {@link #createAccount} writes a copy of the default account's under a new id (a disposable account, one per test).
 */
@Component
public class EmulatorState implements SmartInitializingSingleton {

    static final String DEMO_SEED = "classpath:demo-seed.yaml";

    private static final Logger log = LoggerFactory.getLogger(EmulatorState.class);

    private final EmulatorProperties properties;
    private final AccountService accounts;
    private final SeedApplier applier;
    private final CredentialProvisioning credentials;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Environment environment;
    private final Seed seed;
    /** The default account first, then the seed's. */
    private final List<ConfiguredAccount> configured = new ArrayList<>();

    private final Map<String, AccountSnapshot> snapshots = new ConcurrentHashMap<>();

    /** An account that the configuration or the seed file defines, and that a reset restores. */
    private record ConfiguredAccount(String path, String id, String name, SeedRoot root, SeedAccount content) {}

    /** A disposable account, with its root key's secret. */
    public record NewAccount(String accountId, String accountName, String rootAccessKey, String rootSecretKey) {}

    EmulatorState(
            EmulatorProperties properties,
            AccountService accounts,
            SeedApplier applier,
            CredentialProvisioning credentials,
            TransactionTemplate transaction,
            JdbcTemplate jdbc,
            Clock clock,
            Environment environment) {
        this.properties = properties;
        this.accounts = accounts;
        this.applier = applier;
        this.credentials = credentials;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.clock = clock;
        this.environment = environment;
        // read at start-up, so that a broken file stops the start with its message
        this.seed = properties.seed() != null && !properties.seed().isBlank()
                ? SeedReader.read(properties.seed())
                : properties.demoData() ? SeedReader.read(DEMO_SEED) : null;
        configured.add(new ConfiguredAccount(
                "",
                properties.accountId(),
                properties.accountName(),
                new SeedRoot(
                        "",
                        properties.root().accessKey(),
                        properties.root().secretKey(),
                        properties.root().password()),
                seed == null ? null : seed.defaultAccount()));
        if (seed != null) {
            seed.accounts()
                    .forEach(account -> configured.add(new ConfiguredAccount(
                            account.path(), account.id(), account.name(), account.root(), account)));
        }
    }

    /** Before the web server opens its port: no request can arrive before the root key and the seed exist. */
    @Override
    public void afterSingletonsInstantiated() {
        for (ConfiguredAccount account : configured) {
            if (!accounts.exists(account.id())) {
                transaction.executeWithoutResult(status -> seed(account, status));
            }
        }
    }

    /**
     * Once the port is open, in the background: a disposable account created, then reset in place a second later (so
     * that every time moves), in a transaction that is rolled back, so that the first {@code POST /_emulator/accounts}
     * and resets of a test suite do not pay for loading and compiling their code on a cold JVM (several hundred ms).
     * Leaves nothing behind: the rows were never committed, no other account's rows were locked, and no cache or
     * counter outside the transaction is touched.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUpInTheBackground() {
        Thread thread = new Thread(this::warmUp, "account-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether it went through; a failure is only logged, the first call then warms the code. */
    boolean warmUp() {
        String accountId = Ids.random();
        String name = "warm-up-" + accountId.substring(0, 12);
        try {
            accounts.checkNewName(name);
            AccountSnapshot template = snapshotOf(configured.get(0));
            transaction.executeWithoutResult(status -> {
                jdbc.execute((ConnectionCallback<Void>) connection -> {
                    Instant now = clock.instant();
                    template.copy(connection, now, accountId, name);
                    AccountSnapshot.take(connection, accountId, now, Set.of())
                            .restoreInPlace(connection, now.plusSeconds(1));
                    return null;
                });
                credentials.issueAccessKey(AccountService.rootUserId(accountId));
                accounts.isDisposable(accountId);
                status.setRollbackOnly();
            });
            return true;
        } catch (RuntimeException e) {
            log.debug("warming up the account copy failed", e);
            return false;
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info(
                "IAM emulator ready at http://127.0.0.1:{}: account {} ({}), root access key {}, auth mode {}{}",
                environment.getProperty("local.server.port", "?"),
                properties.accountId(),
                properties.accountName(),
                properties.root().accessKey(),
                properties.auth().mode(),
                seed == null ? "" : ", seed " + seed.file());
    }

    /**
     * Restores the seeded state: with {@code accountId} null, deletes every account but the disposable ones and
     * writes the configured and seeded accounts back; else only that account, which may be a disposable one (it
     * keeps its name and root key).
     */
    public synchronized void reset(String accountId) {
        if (accountId == null) {
            List<AccountSnapshot> all =
                    configured.stream().map(this::snapshotOf).toList();
            write(connection -> {
                // accounts another configuration seeded into a shared store
                accounts.deleteConfiguredAccountsExcept(
                        configured.stream().map(ConfiguredAccount::id).toList());
                for (AccountSnapshot snapshot : all) {
                    restore(connection, snapshot);
                }
            });
            return;
        }
        ConfiguredAccount account = configured.stream()
                .filter(candidate -> candidate.id().equals(accountId))
                .findFirst()
                .orElse(null);
        if (account != null) {
            AccountSnapshot snapshot = snapshotOf(account);
            write(connection -> {
                restore(connection, snapshot);
                accounts.rewritten(accountId);
            });
        } else if (accounts.isDisposable(accountId)) {
            AccountSnapshot template = snapshotOf(configured.get(0));
            write(connection -> {
                String name = accounts.name(accountId);
                AccountSnapshot.Rows rootKeys =
                        AccountSnapshot.accessKeysOf(connection, AccountService.rootUserId(accountId));
                accounts.delete(accountId);
                template.copy(connection, clock.instant(), accountId, name);
                rootKeys.insert(connection);
            });
        } else {
            throw new NotFoundException("account", accountId);
        }
    }

    /**
     * Creates a disposable account holding a copy of the default account's seeded content (users, tags, keys,
     * logins, policies, groups) under ids derived from the new account's ({@link AccountSnapshot#copiedId}), its root
     * user with the default root password and a new root access key. A reset of everything leaves it alone;
     * {@link #deleteAccount} removes it.
     */
    public NewAccount createAccount(String requestedName) {
        String accountId = Ids.random();
        String name = requestedName != null ? requestedName : "test-" + accountId.substring(0, 12);
        accounts.checkNewName(name);
        AccountSnapshot template = snapshotOf(configured.get(0));
        try {
            // only new rows, which no cache can hold (misses are never cached): no change to record but the key's
            return transaction.execute(status -> {
                jdbc.execute((ConnectionCallback<Void>) connection -> {
                    template.copy(connection, clock.instant(), accountId, name);
                    return null;
                });
                IssuedKey key = credentials.issueAccessKey(AccountService.rootUserId(accountId));
                return new NewAccount(accountId, name, key.accessKeyId(), key.secretKey());
            });
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("account", "account name already exists: " + name); // a concurrent twin
        }
    }

    /** Deletes a disposable account with everything in it; the configured and seeded ones only a reset changes. */
    public void deleteAccount(String accountId) {
        if (!accounts.isDisposable(accountId)) {
            if (accounts.exists(accountId)) {
                throw new ConflictException(
                        "account",
                        "account " + accountId + " comes from the configuration or"
                                + " the seed: reset restores it; only accounts created by POST /_emulator/accounts are deleted");
            }
            throw new NotFoundException("account", accountId);
        }
        transaction.executeWithoutResult(status -> accounts.delete(accountId));
    }

    /**
     * Writes the account's snapshot back in place; when the account's rows hold each other's unique values, deletes the
     * account and writes it back whole instead.
     */
    private void restore(Connection connection, AccountSnapshot snapshot) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try {
            snapshot.restoreInPlace(connection, clock.instant());
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            connection.rollback(before);
            accounts.delete(snapshot.accountId());
            snapshot.restore(connection, clock.instant());
        }
    }

    /** SQLSTATE 23505, on H2 and PostgreSQL; a batch may report it on the exception it chains. */
    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if ("23505".equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The account's snapshot. When the account was already in the store at start-up (a file store, a shared
     * database), it is taken by seeding the account once more in a transaction that is rolled back.
     */
    private synchronized AccountSnapshot snapshotOf(ConfiguredAccount account) {
        AccountSnapshot snapshot = snapshots.get(account.id());
        if (snapshot == null) {
            transaction.executeWithoutResult(status -> {
                jdbc.update("DELETE FROM accounts WHERE id = ?", account.id());
                seed(account, status);
                status.setRollbackOnly();
            });
            snapshot = snapshots.get(account.id());
        }
        return snapshot;
    }

    /** Creates the account with its seed content through the core operations, and keeps the rows written. */
    private void seed(ConfiguredAccount account, TransactionStatus status) {
        String file = seed == null ? "" : seed.file();
        Instant seededAt = clock.instant();
        applier.createAccount(file, account.path(), account.id(), account.name(), account.root());
        if (account.content() != null) {
            applier.applyContent(file, account.id(), account.content());
        }
        status.flush();
        snapshots.put(account.id(), jdbc.execute((ConnectionCallback<AccountSnapshot>) connection ->
                AccountSnapshot.take(connection, account.id(), seededAt, namedInstants(account.content()))));
    }

    /**
     * The times the seed gives as instants rather than relative to loading — login times, the {@code validUntil} of
     * SAML metadata (a provider's {@code expires_at}): a restore keeps them.
     */
    private static Set<Instant> namedInstants(SeedAccount content) {
        if (content == null) {
            return Set.of();
        }
        // the seed was applied, so every instant and every metadata document parses
        Stream<Instant> logins = content.users().stream()
                .flatMap(user -> user.logins().stream())
                .filter(login -> !login.relative())
                .map(login -> Instant.parse(login.at()));
        Stream<Instant> metadataExpiries = content.samlProviders().stream()
                .flatMap(provider -> SamlMetadata.parse(provider.metadataDocument()).validUntil().stream())
                .map(validUntil -> validUntil.truncatedTo(ChronoUnit.SECONDS));
        return Stream.concat(logins, metadataExpiries)
                .map(instant -> instant.truncatedTo(ChronoUnit.MILLIS))
                .collect(Collectors.toSet());
    }

    private interface StoreWrite {
        void run(Connection connection) throws SQLException;
    }

    /** One transaction: JPA (the account deletion and its cache events) and JDBC share its connection. */
    private void write(StoreWrite work) {
        transaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            work.run(connection);
            return null;
        }));
    }
}
