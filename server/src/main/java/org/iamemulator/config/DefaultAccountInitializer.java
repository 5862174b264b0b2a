package org.iamemulator.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.iamemulator.core.Ids;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.credential.CredentialProvisioning;
import org.iamemulator.core.user.UserProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the configured default account with its root user and, unless {@code emulator.demo-data=false}, a few
 * demo users so that the README's examples answer at once. Idempotent, so a file store can be restarted.
 */
@Component
class DefaultAccountInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultAccountInitializer.class);

    private final EmulatorProperties properties;
    private final AccountService accounts;
    private final UserProvisioning provisioning;
    private final CredentialProvisioning credentials;
    private final Environment environment;

    DefaultAccountInitializer(EmulatorProperties properties, AccountService accounts, UserProvisioning provisioning,
            CredentialProvisioning credentials, Environment environment) {
        this.environment = environment;
        this.properties = properties;
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.credentials = credentials;
    }

    @Override
    public void run(ApplicationArguments args) {
        String accountId = properties.accountId();
        accounts.ensureAccount(accountId, properties.accountName());
        String rootUserId = accounts.rootCaller(accountId).userId();
        credentials.ensureAccessKey(rootUserId, properties.root().accessKey(), properties.root().secretKey());
        credentials.ensurePassword(rootUserId, properties.root().password());
        if (properties.demoData()) {
            createDemoUsers(accountId);
        }
        log.info("IAM emulator ready at http://127.0.0.1:{}: account {} ({}), root access key {}, auth mode {}",
                environment.getProperty("local.server.port", "?"), accountId, properties.accountName(),
                properties.root().accessKey(), properties.auth().mode());
    }

    private void createDemoUsers(String accountId) {
        String alice = demoUser(accountId, "alice", "Developer", true, Map.of("team", "dev", "env", "test"));
        demoUser(accountId, "bob", "Operator", true, Map.of("team", "ops"));
        demoUser(accountId, "carol", "Former contractor", false, Map.of());
        if (provisioning.lastLoginOf(alice).isEmpty()) {
            provisioning.recordLogin(alice, Instant.now().minus(Duration.ofDays(3)), "203.0.113.10");
        }
    }

    private String demoUser(String accountId, String name, String description, boolean enabled,
            Map<String, String> tags) {
        String userId = demoUserId(accountId, name);
        provisioning.ensureUser(accountId, userId, name, description, enabled, tags);
        return userId;
    }

    /** Demo users have ids derived from the account id and name, so they are the same on every start. */
    static String demoUserId(String accountId, String name) {
        return Ids.derived(accountId + "/demo/" + name);
    }
}
