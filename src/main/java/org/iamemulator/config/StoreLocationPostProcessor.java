package org.iamemulator.config;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the embedded H2 store at {@code emulator.store.path} (a file that survives restarts) or, by default, at a
 * private in-memory database, and sizes the PostgreSQL connection pool from {@code emulator.db.*}. An explicit
 * {@code spring.datasource.url} (e.g. the postgres profile) or {@code spring.datasource.hikari.*} value wins.
 */
class StoreLocationPostProcessor implements EnvironmentPostProcessor {

    private static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE";
    /** Every commit reaches the file before it is acknowledged, so a killed process loses nothing it answered. */
    private static final String DURABLE = ";WRITE_DELAY=0";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        Map<String, Object> derived = new HashMap<>();
        String url = environment.getProperty("spring.datasource.url");
        if (url == null) {
            String path = binder.bindOrCreate("emulator.store", EmulatorProperties.Store.class)
                    .path();
            url = path == null || path.isBlank()
                    // a unique name per application context, so that two emulators in one JVM never share data
                    ? "jdbc:h2:mem:iam-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS
                    : "jdbc:h2:file:" + path + H2_OPTIONS + DURABLE;
            derived.put("spring.datasource.url", url);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            EmulatorProperties.Db db = binder.bindOrCreate("emulator.db", EmulatorProperties.Db.class);
            derived.put("spring.datasource.hikari.maximum-pool-size", db.poolSize());
            // fail fast while the database is unreachable: a request waits this long, then answers 503
            derived.put(
                    "spring.datasource.hikari.connection-timeout",
                    db.connectTimeout().toMillis());
        }
        environment.getPropertySources().addLast(new MapPropertySource("emulatorStore", derived));
    }
}
