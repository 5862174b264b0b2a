package org.iamemulator.config;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the embedded H2 store at {@code emulator.store.path} (a file that survives restarts) or, by default, at a
 * private in-memory database. An explicit {@code spring.datasource.url} (e.g. the postgres profile) wins.
 */
class StoreLocationPostProcessor implements EnvironmentPostProcessor {

    private static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE";
    /** Every commit reaches the file before it is acknowledged, so a killed process loses nothing it answered. */
    private static final String DURABLE = ";WRITE_DELAY=0";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        String path = environment.getProperty("emulator.store.path", "");
        String url = path.isBlank()
                // a unique name per application context, so that two emulators in one JVM never share data
                ? "jdbc:h2:mem:iam-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS
                : "jdbc:h2:file:" + path + H2_OPTIONS + DURABLE;
        environment.getPropertySources().addLast(
                new MapPropertySource("emulatorStore", Map.of("spring.datasource.url", url)));
    }
}
