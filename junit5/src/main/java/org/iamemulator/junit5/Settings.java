package org.iamemulator.junit5;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension's own settings, each a JUnit configuration parameter ({@code junit-platform.properties}), a system
 * property ({@code -Diam.emulator.endpoint=…}) or an environment variable ({@code IAM_EMULATOR_ENDPOINT}), in this
 * order.
 */
final class Settings {

    /** A running emulator to use instead of starting one. */
    static final String ENDPOINT = "iam.emulator.endpoint";
    /** The executable jar, when it is not on the test class path. */
    static final String JAR = "iam.emulator.jar";
    /** The java command for the emulator; default: this JVM's. */
    static final String JAVA = "iam.emulator.java";
    /** Where extracted jars and class-data archives are kept, or {@code off}. */
    static final String CACHE = "iam.emulator.cache";
    /** The root secret key of the running emulator at {@link #ENDPOINT} (its control API does not tell). */
    static final String ROOT_SECRET_KEY = "iam.emulator.root-secret-key";
    /** The control token of the running emulator at {@link #ENDPOINT}. */
    static final String CONTROL_TOKEN = "iam.emulator.control-token";

    private final Function<String, Optional<String>> parameters;
    private final Map<String, String> environment;

    Settings(Function<String, Optional<String>> parameters, Map<String, String> environment) {
        this.parameters = parameters;
        this.environment = environment;
    }

    static Settings of(ExtensionContext context) {
        return new Settings(context::getConfigurationParameter, System.getenv());
    }

    Optional<String> get(String name) {
        return parameters
                .apply(name)
                .or(() -> Optional.ofNullable(System.getProperty(name)))
                .or(() -> Optional.ofNullable(environment.get(environmentName(name))))
                .filter(value -> !value.isBlank());
    }

    /** {@code iam.emulator.root-secret-key} → {@code IAM_EMULATOR_ROOT_SECRET_KEY}. */
    static String environmentName(String name) {
        return name.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
