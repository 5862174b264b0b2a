package org.iamemulator.config;

import java.nio.file.Path;
import org.iamemulator.core.identity.AuthMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The emulator's public configuration ({@code emulator.*}, or {@code EMULATOR_*} environment variables).
 * The defaults are development values, documented in the README.
 */
@ConfigurationProperties("emulator")
public record EmulatorProperties(
        @DefaultValue(DEFAULT_ACCOUNT_ID) String accountId,
        @DefaultValue("emulator") String accountName,
        @DefaultValue Root root,
        @DefaultValue("true") boolean demoData,
        String seed,
        @DefaultValue Store store,
        @DefaultValue Auth auth,
        @DefaultValue Control control,
        @DefaultValue Journal journal,
        @DefaultValue Lifecycle lifecycle) {

    public static final String DEFAULT_ACCOUNT_ID = "e2a7c4b8d1f0496a8b3c5d7e9f1a2b4c";

    /** The default account's root credentials: an access key pair and a console password. */
    public record Root(
            @DefaultValue("EMULATORROOTKEY00001") String accessKey,
            @DefaultValue("EmulatorRootSecretKey0000000000000000000") String secretKey,
            @DefaultValue("Emulator-Root-Passw0rd") String password) {
    }

    /** How requests are authenticated and authorized. */
    public record Auth(@DefaultValue("strict") AuthMode mode) {
    }

    /** The control API ({@code /_emulator}): when {@code token} is set, requests need it as a Bearer token. */
    public record Control(String token) {
    }

    /** The request journal keeps the newest {@code maxEntries} requests. */
    public record Journal(@DefaultValue("10000") int maxEntries) {
    }

    /**
     * For a parent process that runs the emulator as its child (the JUnit extension): {@code portFile} receives the
     * HTTP port once the emulator is ready; with {@code exitWithStdin} the emulator stops when its standard input
     * ends, that is when the parent closes it or dies, even killed with SIGKILL.
     */
    public record Lifecycle(Path portFile, boolean exitWithStdin) {
    }

    /** Where the embedded store keeps its data: in memory when {@code path} is empty. */
    public record Store(String path) {
    }
}
