package org.iamemulator.config;

import java.nio.file.Path;
import java.time.Duration;
import org.iamemulator.core.identity.AuthMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Every setting of the emulator ({@code emulator.*}, or {@code EMULATOR_*} environment variables), with its default
 * and its meaning ({@link Setting}). {@link Settings} lists them for {@code --help}, {@code /_emulator/config} and the
 * README's table, so a setting added here appears in all three. The defaults are development values.
 */
@ConfigurationProperties("emulator")
public record EmulatorProperties(
        @Setting("id (32 lower-case hex) of the default account (Huawei \"domain\")") @DefaultValue(DEFAULT_ACCOUNT_ID)
        String accountId,

        @Setting("its name, also the name of its root user") @DefaultValue("emulator")
        String accountName,

        @DefaultValue Root root,

        @Setting("without a seed file, create the demo users alice, bob and carol") @DefaultValue("true")
        boolean demoData,

        @Setting(value = "seed file (path or classpath:), YAML or JSON (docs/testing.md)", unset = "none")
        String seed,

        @DefaultValue Store store,
        @DefaultValue Db db,
        @DefaultValue Auth auth,
        @DefaultValue Authz authz,
        @DefaultValue Token token,
        @DefaultValue Secrets secrets,
        @DefaultValue Control control,
        @DefaultValue Journal journal,
        @DefaultValue Cache cache,
        @DefaultValue Quotas quotas,
        @DefaultValue Lifecycle lifecycle) {

    public static final String DEFAULT_ACCOUNT_ID = "e2a7c4b8d1f0496a8b3c5d7e9f1a2b4c";

    /** The default account's root credentials: an access key pair and a console password. */
    public record Root(
            @Setting("root access key id (development value)") @DefaultValue("EMULATORROOTKEY00001")
            String accessKey,

            @Setting(value = "root secret key (development value; never logged)", secret = true)
            @DefaultValue("EmulatorRootSecretKey0000000000000000000")
            String secretKey,

            @Setting(
                    value = "root user's console password, for POST /v3/auth/tokens (development value)",
                    secret = true)
            @DefaultValue("Emulator-Root-Passw0rd")
            String password) {}

    /** Where the embedded store keeps its data. */
    public record Store(
            @Setting(value = "file path of the H2 store (e.g. ./data/iam): data survives restarts", unset = "in memory")
            String path) {}

    /** The connection pool to PostgreSQL; an explicit {@code spring.datasource.hikari.*} value wins. */
    public record Db(
            @Setting("PostgreSQL: connections per instance") @DefaultValue("10")
            int poolSize,

            @Setting("PostgreSQL: how long a request waits for a connection before it is answered 503 (store outage)")
            @DefaultValue("2s")
            Duration connectTimeout) {}

    /** How requests are authenticated and authorized. */
    public record Auth(
            @Setting("strict: verify every request; soft: verify, log what would be refused, let it through;"
                    + " off: accept any request (a known key or token acts as its user, anything else as the default"
                    + " root)")
            @DefaultValue("strict")
            AuthMode mode) {}

    /** The encoded authorization messages of 403 answers (STS5 DecodeAuthorizationMessage). */
    public record Authz(
            @Setting(
                    value = "key of the encoded authorization messages of 403 answers; set it alike on several"
                            + " instances, or across restarts, so that they decode each other's",
                    unset = "random per start",
                    secret = true)
            String messageKey) {}

    /** Tokens issued by password login. */
    public record Token(
            @Setting("longest lifetime of tokens issued by password login; the account's login policy"
                    + " (session_timeout, 60 minutes by default) sets a shorter one")
            @DefaultValue("PT24H")
            Duration ttl) {}

    /** Secrets kept in the store. */
    public record Secrets(
            @Setting(
                    value = "encrypts secret access keys at rest (AES-256-GCM); keep it with the store (a warning is"
                            + " logged while a file or PostgreSQL store uses the default)",
                    secret = true)
            @DefaultValue(DEVELOPMENT_MASTER_KEY)
            String masterKey) {

        /** The development default; anyone can read it here. */
        public static final String DEVELOPMENT_MASTER_KEY = "iam-emulator-development-master-key";
    }

    /** The control API ({@code /_emulator}). */
    public record Control(
            @Setting(
                    value = "when set, /_emulator/* needs Authorization: Bearer <token>",
                    unset = "unguarded",
                    secret = true)
            String token) {}

    /** The request journal. */
    public record Journal(
            @Setting("requests kept in the journal (0: off)") @DefaultValue("10000")
            int maxEntries) {}

    /** The request-path caches: access keys, users and effective policies. */
    public record Cache(
            @Setting("cache keys, users and effective policies") @DefaultValue("true")
            boolean enabled,

            @Setting("entries per cache") @DefaultValue("100000")
            long maximumSize,

            @Setting("longest life of a cached entry (a backstop: changes drop entries at once)") @DefaultValue("PT10M")
            Duration ttl,

            @Setting("PostgreSQL: tell the other instances about changes (LISTEN/NOTIFY)")
            @Name("notify")
            @DefaultValue("true")
            boolean notifyInstances) {}

    /** The account-wide quotas, per account; the real service's defaults (each can be raised there too). */
    public record Quotas(
            @Setting("IAM users per account, the root user included (GetAccountSummaryV5 users_quota)")
            @DefaultValue("50")
            int users,

            @Setting("user groups per account (groups_quota)") @DefaultValue("20")
            int groups,

            @Setting("custom identity policies per account (policies_quota)") @DefaultValue("1500")
            int policies) {}

    /** For a parent process that runs the emulator as its child (the JUnit extension). */
    public record Lifecycle(
            @Setting(
                    value = "file that receives the HTTP port once the emulator is ready (with server.port=0, a"
                            + " parent process learns the port from it)",
                    unset = "none")
            Path portFile,

            @Setting("stop when standard input ends: run as a child, the emulator dies with its parent, even on"
                    + " kill -9")
            @DefaultValue("false")
            boolean exitWithStdin) {}
}
