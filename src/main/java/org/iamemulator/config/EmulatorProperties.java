package org.iamemulator.config;

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
        @DefaultValue Store store) {

    public static final String DEFAULT_ACCOUNT_ID = "e2a7c4b8d1f0496a8b3c5d7e9f1a2b4c";

    /** The default account's root access key pair. */
    public record Root(
            @DefaultValue("EMULATORROOTKEY00001") String accessKey,
            @DefaultValue("EmulatorRootSecretKey0000000000000000000") String secretKey) {
    }

    /** Where the embedded store keeps its data: in memory when {@code path} is empty. */
    public record Store(String path) {
    }
}
