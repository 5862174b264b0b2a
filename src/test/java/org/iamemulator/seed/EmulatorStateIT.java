package org.iamemulator.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A reset writes back in place only what differs from the seed ({@link AccountSnapshot#restoreInPlace}): the store
 * holds exactly the seeded rows afterwards, row for row, whatever the tests changed, and every table of the schema is
 * one a reset restores. The warm-up after the start leaves no trace.
 */
@TestPropertySource(properties = "emulator.seed=classpath:seeds/test-seed.yaml")
@Import(MovableClock.Config.class)
class EmulatorStateIT extends EmulatorIntegrationTest {

    private static final String READER = "11111111111111111111111111111111";
    private static final String DANA = "22222222222222222222222222222222";
    private static final String OSCAR = "33333333333333333333333333333333";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmulatorState state;

    /** Stopped: every reset moves the seeded times by the same amount, so that times compare too. */
    @Autowired
    MovableClock clock;

    private Map<String, List<String>> seeded;

    @BeforeEach
    void seeded() {
        clock.stop();
        control().post("/_emulator/reset").then().statusCode(200);
        seeded = rows();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyTableOfTheSchemaIsOneAResetRestores() {
        List<String> tables = jdbc.queryForList(
                "SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) ="
                        + " LOWER(CURRENT_SCHEMA) AND table_type = 'BASE TABLE'"
                        + " AND LOWER(table_name) <> 'flyway_schema_history'",
                String.class);

        assertThat(tables).containsExactlyInAnyOrderElementsOf(AccountSnapshot.tableNames());
    }

    @Test
    void aResetLeavesExactlyTheSeededRows() {
        // the access key's last use is written too
        huaweiAs("SEEDREADERKEY0000001", "SeedReaderSecret000000000000000000000000")
                .get("/v5/users/{id}", DANA)
                .then()
                .statusCode(200);
        huawei().body(Map.of("name", uniqueName("extra"), "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(201);
        huawei().delete("/v5/users/{id}", DANA).then().statusCode(204);
        huawei().body(Map.of("tags", List.of(Map.of("tag_key", "changed", "tag_value", "yes"))))
                .post("/v5/user/{id}/tags/create", READER)
                .then()
                .statusCode(200);
        huawei().body(Map.of("new_user_name", uniqueName("renamed"), "enabled", true))
                .put("/v5/users/{id}", OSCAR)
                .then()
                .statusCode(200);
        control()
                .body(Map.of("at", "2025-01-01T00:00:00Z", "source_ip", "192.0.2.9"))
                .contentType("application/json")
                .post("/_emulator/users/{id}/logins", READER)
                .then()
                .statusCode(201);
        assertThat(rows()).isNotEqualTo(seeded);

        control().post("/_emulator/reset").then().statusCode(200);

        assertThat(rows()).isEqualTo(seeded);
    }

    @Test
    void usersThatSwappedNamesGetTheirOwnBack() {
        String readerName = "dev-reader";
        huawei().body(Map.of("new_user_name", uniqueName("swap"))).put("/v5/users/{id}", READER);
        huawei().body(Map.of("new_user_name", readerName))
                .put("/v5/users/{id}", OSCAR)
                .then()
                .statusCode(200);

        control()
                .post("/_emulator/reset?account_id=" + properties.accountId())
                .then()
                .statusCode(200);

        assertThat(rows()).isEqualTo(seeded);
    }

    @Test
    void theWarmUpLeavesNoTrace() {
        assertThat(state.warmUp()).isTrue();

        assertThat(rows()).isEqualTo(seeded);
    }

    /** Every row of the tables a reset restores, but generated ids (a row written again gets a new one). */
    private Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : AccountSnapshot.tableNames()) {
            rows.put(
                    table,
                    jdbc.query("SELECT * FROM " + table, (result, number) -> row(result)).stream()
                            .sorted()
                            .toList());
        }
        return rows;
    }

    private static String row(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (!meta.isAutoIncrement(i)) {
                Object value = isTime(meta.getColumnType(i))
                        ? Optional.ofNullable(result.getObject(i, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)
                        : result.getObject(i);
                values.add(meta.getColumnName(i).toLowerCase(Locale.ROOT) + "=" + value);
            }
        }
        return String.join(", ", values);
    }

    private static boolean isTime(int type) {
        return type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE;
    }
}
