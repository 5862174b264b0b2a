package org.iamemulator.support.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL server the PostgreSQL tests use: {@code IAM_TEST_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), {@code IAM_TEST_POSTGRES_USER} ({@code postgres}),
 * {@code IAM_TEST_POSTGRES_PASSWORD} (empty). Every test context gets a fresh schema of its own.
 */
public final class TestPostgres {

    public static final String URL = env("IAM_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = env("IAM_TEST_POSTGRES_USER", "postgres");
    public static final String PASSWORD = env("IAM_TEST_POSTGRES_PASSWORD", "");
    private static final String PREFIX = "iamtest_";
    private static volatile String unavailable;
    private static volatile boolean checked;

    private TestPostgres() {}

    /** Null when the server answers, else why not (checked once per JVM). */
    static synchronized String unavailableReason() {
        if (!checked) {
            checked = true;
            DriverManager.setLoginTimeout(3);
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("select 1");
            } catch (SQLException | RuntimeException e) {
                unavailable = "PostgreSQL is not reachable at " + URL + " (" + e.getMessage() + ")";
            }
        }
        return unavailable;
    }

    static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection(URL, properties);
    }

    /** Creates an empty schema with a unique name; schemas left by runs more than two hours old are dropped. */
    public static String freshSchema() {
        long now = System.currentTimeMillis() / 1000;
        String schema = PREFIX + now + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery("select nspname from pg_namespace where nspname like '" + PREFIX + "%'")) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    String[] parts = name.substring(PREFIX.length()).split("_");
                    try {
                        if (now - Long.parseLong(parts[0]) > TimeUnit.HOURS.toSeconds(2)) {
                            stale.add(name);
                        }
                    } catch (NumberFormatException ignored) {
                        // not ours
                    }
                }
            }
            for (String name : stale) {
                statement.execute("drop schema if exists \"" + name + "\" cascade");
            }
            statement.execute("create schema \"" + schema + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + URL, e);
        }
        return schema;
    }

    public static void dropSchema(String schema) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists \"" + schema + "\" cascade");
        } catch (SQLException e) {
            // left for the next run's clean-up
        }
    }

    /**
     * Spring properties that point the emulator at the schema, with a small pool and a master key of its own, as a
     * persistent store should have (without one the emulator warns at every start).
     */
    public static Map<String, Object> properties(String schema) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", PASSWORD);
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("emulator.secrets.master-key", "postgres-test-master-key");
        return properties;
    }

    /** Properties as the emulator's command-line arguments ({@code --name=value}). */
    public static List<String> arguments(Map<String, Object> properties) {
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
