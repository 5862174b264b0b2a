package org.iamemulator.huawei.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iamemulator.core.login.LoginHistory;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class UserLifecycleIT extends EmulatorIntegrationTest {

    @Autowired
    LoginHistory loginHistory;

    @Test
    void createsAUserAndServesIt() {
        String name = uniqueName("new");

        JsonPath created = huawei().body(Map.of("name", name, "description", "QA engineer", "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(201)
                .body("user.user_name", equalTo(name))
                .body("user.description", equalTo("QA engineer"))
                .body("user.enabled", equalTo(true))
                .body("user.is_root_user", equalTo(false))
                .body("user", not(hasKey("tags")))
                .extract()
                .jsonPath();

        String id = created.getString("user.user_id");
        assertThat(id).matches("[0-9a-f]{32}");
        huawei().get("/v5/users/{id}", id)
                .then()
                .statusCode(200)
                .body("user.user_name", equalTo(name))
                .body("user.created_at", equalTo(created.getString("user.created_at")))
                .body("user.urn", equalTo(created.getString("user.urn")));
    }

    @Test
    void refusesADuplicateNameInTheAccountWhateverItsCase() {
        String name = uniqueName("dup");
        huawei().body(Map.of("name", name, "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(201);

        huawei().body(Map.of("name", name.toUpperCase(), "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(409)
                .body("error_code", equalTo("IAM.0005"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"enabled\":true}                                  | IAM.0072 | 'name' is a required property.",
                "{\"name\":\"ok-name\"}                             | IAM.0072 | 'enabled' is a required property.",
                "{\"name\":\"9lives\",\"enabled\":true}              | IAM.0073 | Invalid input for field 'name'.",
                "{\"name\":\"\",\"enabled\":true}                    | IAM.0073 | Invalid input for field 'name'.",
                "{\"name\":\"bad/name\",\"enabled\":true}            | IAM.0073 | Invalid input for field 'name'.",
                "{\"name\":\"ok\",\"description\":\"a@b\",\"enabled\":true} | IAM.0073 | Invalid input for field 'description'.",
                "{\"name\":\"ok\",\"enabled\":\"yes\"}               | IAM.0073 | Invalid input for field 'enabled'.",
                "{\"name\":[1],\"enabled\":true}                     | IAM.0073 | Invalid input for field 'name'.",
                "{\"name\":                                          | IAM.0011 | Request body is invalid.",
                "[]                                                  | IAM.0011 | Request body is invalid.",
            })
    void rejectsInvalidCreateBodies(String body, String code, String messageStart) {
        huawei().body(body)
                .post("/v5/users")
                .then()
                .statusCode(400)
                .body("error_code", equalTo(code))
                .body("error_msg", startsWith(messageStart));
    }

    @Test
    void acceptsTheLongestValidNameAndDescription() {
        String name = "n" + uniqueName("").substring(1)
                + "_".repeat(64 - uniqueName("").length());
        huawei().body(Map.of("name", name, "description", "d".repeat(255), "enabled", false))
                .post("/v5/users")
                .then()
                .statusCode(201)
                .body("user.enabled", equalTo(false));
        huawei().body(Map.of("name", uniqueName("x"), "description", "d".repeat(256), "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(400);
    }

    @Test
    void listsEveryUserExactlyOncePageByPage() {
        for (int i = 0; i < 5; i++) {
            huawei().body(Map.of("name", uniqueName("page"), "enabled", true))
                    .post("/v5/users")
                    .then()
                    .statusCode(201);
        }
        int total = huawei().get("/v5/users?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("page_info.current_count");

        List<String> seen = new ArrayList<>();
        String marker = null;
        do {
            var request = huawei().queryParam("limit", 2);
            if (marker != null) {
                request.queryParam("marker", marker);
            }
            JsonPath page =
                    request.get("/v5/users").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("users.user_id");
            assertThat(page.getInt("page_info.current_count")).isEqualTo(ids.size());
            assertThat(ids.size()).isLessThanOrEqualTo(2);
            seen.addAll(ids);
            marker = page.getString("page_info.next_marker");
        } while (marker != null);

        assertThat(seen).hasSize(total);
        Set<String> unique = new HashSet<>(seen);
        assertThat(unique).hasSize(total);
    }

    @Test
    void listItemsCarryNoTagsAndTheLastPageNoMarker() {
        huawei().get("/v5/users?limit=200")
                .then()
                .statusCode(200)
                .body("users[0]", not(hasKey("tags")))
                .body("page_info", not(hasKey("next_marker")));
    }

    @ParameterizedTest
    @CsvSource({
        "limit=0,IAM.0007",
        "limit=201,IAM.0007",
        "limit=abc,IAM.0007",
        "marker=abc,PAP5.0010",
        "marker=bm90LWEtbWFya2Vy,PAP5.0010",
        "marker=***,PAP5.0010"
    })
    void rejectsBadPagingParameters(String query, String code) {
        huawei().get("/v5/users?" + query).then().statusCode(400).body("error_code", equalTo(code));
    }

    @Test
    void updatesNameDescriptionAndEnabled() {
        String id = givenUser(uniqueName("upd"), Map.of("team", "dev"));
        String newName = uniqueName("renamed");

        huawei().body(Map.of("new_user_name", newName, "new_description", "moved", "enabled", false))
                .put("/v5/users/{id}", id)
                .then()
                .statusCode(200)
                .body("user.user_name", equalTo(newName))
                .body("user.description", equalTo("moved"))
                .body("user.enabled", equalTo(false))
                .body("user.urn", equalTo("iam::" + properties.accountId() + ":user:" + newName));

        huawei().get("/v5/users/{id}", id)
                .then()
                .body("user.user_name", equalTo(newName))
                .body("user.enabled", equalTo(false))
                .body("user.tags[0].tag_value", equalTo("dev"));
    }

    @Test
    void anEmptyUpdateChangesNothing() {
        String name = uniqueName("same");
        String id = givenUser(name, Map.of());

        huawei().body("{}")
                .put("/v5/users/{id}", id)
                .then()
                .statusCode(200)
                .body("user.user_name", equalTo(name))
                .body("user.enabled", equalTo(true));
    }

    @Test
    void refusesRenamingOntoAnotherUsersName() {
        String taken = uniqueName("taken");
        givenUser(taken, Map.of());
        String id = givenUser(uniqueName("mover"), Map.of());

        huawei().body(Map.of("new_user_name", taken))
                .put("/v5/users/{id}", id)
                .then()
                .statusCode(409)
                .body("error_code", equalTo("IAM.0005"));
    }

    @Test
    void neverDisablesOrDeletesTheRootUser() {
        String rootId =
                huawei().get("/v5/users?limit=200").then().extract().path("users.find { it.is_root_user }.user_id");

        huawei().body(Map.of("enabled", false))
                .put("/v5/users/{id}", rootId)
                .then()
                .statusCode(403)
                .body("error_code", equalTo("IAM.0002"));
        huawei().delete("/v5/users/{id}", rootId).then().statusCode(403).body("error_code", equalTo("IAM.0002"));
        huawei().get("/v5/users/{id}", rootId).then().statusCode(200).body("user.enabled", equalTo(true));
    }

    @Test
    void deletesTheUserAndEverythingItOwns() {
        String name = uniqueName("gone");
        String id = givenUser(name, Map.of("team", "dev"));
        provisioning.recordLogin(id, Instant.parse("2024-05-01T00:00:00Z"), "198.51.100.7");

        huawei().delete("/v5/users/{id}", id)
                .then()
                .statusCode(204)
                .header("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{32}"));

        huawei().get("/v5/users/{id}", id).then().statusCode(404);
        huawei().get("/v5/users/{id}/last-login", id).then().statusCode(404);
        huawei().delete("/v5/users/{id}", id).then().statusCode(404);
        assertThat(loginHistory.latest(id)).isEmpty();
        // the name is free again, without the old tags
        String again = huawei().body(Map.of("name", name, "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(201)
                .extract()
                .path("user.user_id");
        huawei().get("/v5/users/{id}", again)
                .then()
                .body("user.tags", org.hamcrest.Matchers.empty())
                .body("user.description", not(nullValue()));
    }
}
