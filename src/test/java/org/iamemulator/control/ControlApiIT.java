package org.iamemulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The control API over a seeded emulator: reset, recorded logins, journal, health, config and its guard. */
@TestPropertySource(
        properties = {
            "emulator.seed=classpath:seeds/test-seed.yaml",
            "emulator.control.token=s3cret",
            "emulator.journal.max-entries=40"
        })
class ControlApiIT extends EmulatorIntegrationTest {

    private static final String READER = "11111111111111111111111111111111";
    private static final String DANA = "22222222222222222222222222222222";
    private static final String PARTNER = "0123456789abcdef0123456789abcdef";

    @BeforeEach
    void fromTheSeed() {
        control().post("/_emulator/reset").then().statusCode(200);
    }

    @Test
    void theControlTokenIsRequired() {
        RestAssured.given()
                .baseUri(baseUri)
                .get("/_emulator/health")
                .then()
                .statusCode(401)
                .body("error_code", equalTo("EMULATOR.0001"));
        RestAssured.given()
                .baseUri(baseUri)
                .header("Authorization", "Bearer wrong")
                .post("/_emulator/reset")
                .then()
                .statusCode(401);
        control().get("/_emulator/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void resetRestoresTheSeedExactly() {
        String before = snapshot();
        String created = huawei().body(Map.of("name", uniqueName("extra"), "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(201)
                .extract()
                .path("user.user_id");
        huawei().delete("/v5/users/{id}", DANA).then().statusCode(204);
        huawei().body(Map.of("tags", List.of(Map.of("tag_key", "changed", "tag_value", "yes"))))
                .post("/v5/user/{id}/tags/create", READER)
                .then()
                .statusCode(200);
        assertThat(snapshot()).isNotEqualTo(before);

        control().post("/_emulator/reset").then().statusCode(200).body("reset", equalTo("all"));

        assertThat(snapshot()).isEqualTo(before);
        huawei().get("/v5/users/{id}", created).then().statusCode(404);
        huaweiAs("SEEDREADERKEY0000001", "SeedReaderSecret000000000000000000000000")
                .get("/v5/users/{id}", DANA)
                .then()
                .statusCode(200);
    }

    @Test
    void resetOfOneAccountLeavesTheOthers() {
        String extra = huawei().body(Map.of("name", uniqueName("stays"), "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(201)
                .extract()
                .path("user.user_id");
        huaweiAs("PARTNERROOTKEY000001", "PartnerRootSecret00000000000000000000000")
                .delete("/v5/users/{id}", "44444444444444444444444444444444")
                .then()
                .statusCode(204);

        control().post("/_emulator/reset?account_id=" + PARTNER).then().statusCode(200);

        huaweiAs("PARTNERROOTKEY000001", "PartnerRootSecret00000000000000000000000")
                .get("/v5/users/{id}", "44444444444444444444444444444444")
                .then()
                .statusCode(200)
                .body("user.user_name", equalTo("pat"));
        huawei().get("/v5/users/{id}", extra).then().statusCode(200);
        control()
                .post("/_emulator/reset?account_id=ffffffffffffffffffffffffffffffff")
                .then()
                .statusCode(404);
    }

    @Test
    void recordedLoginsShowUpInShowUserLastLogin() {
        control()
                .body(Map.of("at", "2020-02-29T12:00:00.123Z", "source_ip", "192.0.2.44"))
                .post("/_emulator/users/{id}/logins", READER)
                .then()
                .statusCode(201)
                .body("at", equalTo("2020-02-29T12:00:00.123Z"));
        huawei().get("/v5/users/{id}/last-login", READER)
                .then()
                .body("user_last_login.last_login_at", equalTo("2020-02-29T12:00:00.123Z"));

        control()
                .body(Map.of("at", "2099-01-01T00:00:00Z"))
                .post("/_emulator/users/{id}/logins", READER)
                .then()
                .statusCode(201);
        huawei().get("/v5/users/{id}/last-login", READER)
                .then()
                .body("user_last_login.last_login_at", equalTo("2099-01-01T00:00:00.000Z"));

        control()
                .body(Map.of("at", "yesterday"))
                .post("/_emulator/users/{id}/logins", READER)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        control()
                .body(Map.of())
                .post("/_emulator/users/{id}/logins", "ffffffffffffffffffffffffffffffff")
                .then()
                .statusCode(404);
    }

    @Test
    void theJournalRecordsFiltersAndClears() {
        control().delete("/_emulator/requests").then().statusCode(204);
        huawei().get("/v5/users/{id}", DANA).then().statusCode(200);
        huaweiAs("SEEDREADERKEY0000001", "SeedReaderSecret000000000000000000000000")
                .get("/v5/users/{id}", "33333333333333333333333333333333")
                .then()
                .statusCode(403);
        huaweiAs("SEEDREADERKEY0000001", "wrong".repeat(8))
                .get("/v5/users/{id}", DANA)
                .then()
                .statusCode(401);

        control()
                .get("/_emulator/requests")
                .then()
                .statusCode(200)
                .body("count", equalTo(3))
                .body("requests[0].status", equalTo(401))
                .body("requests[0].operation", equalTo("ShowUserV5"))
                .body("requests[1].decision", equalTo("IMPLICIT_DENY"))
                .body("requests[1].principal", equalTo("iam::" + properties.accountId() + ":user:dev-reader"))
                .body("requests[1].action", equalTo("iam:users:getUserV5"))
                .body("requests[2].decision", equalTo("ALLOW"))
                .body("requests[2].request_id", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{32}"));
        control().get("/_emulator/requests?decision=IMPLICIT_DENY").then().body("count", equalTo(1));
        control()
                .get("/_emulator/requests?principal=dev-reader&status=403")
                .then()
                .body("count", equalTo(1));
        control().get("/_emulator/requests?principal=" + READER).then().body("count", equalTo(1));
        control().get("/_emulator/requests?operation=ListUsersV5").then().body("count", equalTo(0));

        control().delete("/_emulator/requests").then().statusCode(204);
        control().get("/_emulator/requests").then().body("count", equalTo(0));
    }

    @Test
    void aResetCanAlsoEmptyTheJournalAndRemoveTheFaultRulesInOneCall() {
        huawei().get("/v5/users/{id}", DANA).then().statusCode(200);
        control()
                .body(Map.of("operation", "ShowUserV5", "effect", "throttle"))
                .post("/_emulator/faults")
                .then()
                .statusCode(201);

        // by default a reset leaves both alone
        control().post("/_emulator/reset").then().statusCode(200);
        control().get("/_emulator/requests").then().body("count", greaterThan(0));
        control().get("/_emulator/faults").then().body("faults", hasSize(1));

        control()
                .post("/_emulator/reset?include=requests")
                .then()
                .statusCode(200)
                .body("reset", equalTo("all"));
        control().get("/_emulator/requests").then().body("count", equalTo(0));
        control().get("/_emulator/faults").then().body("faults", hasSize(1));

        control().post("/_emulator/reset?include=requests,faults").then().statusCode(200);
        control().get("/_emulator/faults").then().body("faults", hasSize(0));
        huawei().get("/v5/users/{id}", DANA).then().statusCode(200);
    }

    @Test
    void aResetIncludingSomethingUnknownChangesNothing() {
        String extra = huawei().body(Map.of("name", uniqueName("kept"), "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(201)
                .extract()
                .path("user.user_id");

        control()
                .post("/_emulator/reset?include=requests,everything")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0007"))
                .body("error_msg", containsString("include"))
                .body("request_id", matchesPattern("[0-9a-f]{32}"));

        huawei().get("/v5/users/{id}", extra).then().statusCode(200);
    }

    @Test
    void theJournalStaysBounded() {
        for (int i = 0; i < 50; i++) {
            huawei().get("/v5/users/{id}", DANA);
        }
        control()
                .get("/_emulator/requests?limit=1000")
                .then()
                .body("retained", equalTo(40))
                .body("count", equalTo(40));
    }

    @Test
    void configIsShownWithSecretsMasked() {
        String config = control()
                .get("/_emulator/config")
                .then()
                .statusCode(200)
                .body("account_id", equalTo(properties.accountId()))
                .body("seed", equalTo("classpath:seeds/test-seed.yaml"))
                .body("server_address", equalTo("127.0.0.1"))
                .body("server_port", equalTo(port))
                .body("control_token", equalTo("******"))
                .body("journal_max_entries", equalTo(40))
                .extract()
                .asString();
        assertThat(config)
                .doesNotContain(properties.root().secretKey())
                .doesNotContain("s3cret")
                .doesNotContain(properties.root().password());
        control()
                .get("/_emulator/health")
                .then()
                .body("version", not(equalTo(null)))
                .body("uptime_seconds", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    }

    /** The account's observable state: users with their tags, last logins, groups and attachments. */
    private String snapshot() {
        StringBuilder state = new StringBuilder();
        List<String> ids = huawei().get("/v5/users?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("users.user_id");
        for (String id : ids.stream().sorted().toList()) {
            state.append(
                    huawei().get("/v5/users/{id}", id).then().extract().jsonPath().getMap("user").entrySet().stream()
                            .filter(e -> !e.getKey().equals("created_at"))
                            .toList());
            state.append(huawei().get("/v5/users/{id}/last-login", id).asString());
            state.append(huawei().get("/v5/users/{id}/attached-policies", id)
                    .then()
                    .extract()
                    .path("attached_policies.policy_name")
                    .toString());
            state.append(huawei().get("/v5/users/{id}/access-keys", id)
                    .then()
                    .extract()
                    .path("access_keys.collect { it.access_key_id + it.status }")
                    .toString());
        }
        state.append(huawei().get("/v5/groups")
                .then()
                .extract()
                .path("groups.group_name")
                .toString());
        return state.toString();
    }
}
