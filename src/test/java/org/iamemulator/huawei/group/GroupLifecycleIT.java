package org.iamemulator.huawei.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.AuthzIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroupLifecycleIT extends AuthzIntegrationTest {

    @Test
    void createsShowsUpdatesAndDeletesAGroup() {
        String name = uniqueName("grp");
        JsonPath created = huawei().body(Map.of("group_name", name, "description", "developers"))
                .post("/v5/groups")
                .then()
                .statusCode(201)
                .body("group.group_name", equalTo(name))
                .body("group.description", equalTo("developers"))
                .body("group.urn", equalTo("iam::" + properties.accountId() + ":group:" + name))
                .extract()
                .jsonPath();
        String id = created.getString("group.group_id");
        assertThat(id).matches("[0-9a-f]{32}");
        huawei().get("/v5/groups/{id}", id)
                .then()
                .statusCode(200)
                .body("group.created_at", equalTo(created.getString("group.created_at")));

        String renamed = uniqueName("开发 {team}");
        huawei().body(Map.of("new_group_name", renamed, "new_group_description", "moved"))
                .put("/v5/groups/{id}", id)
                .then()
                .statusCode(200)
                .body("group.group_name", equalTo(renamed))
                .body("group.description", equalTo("moved"));

        huawei().delete("/v5/groups/{id}", id).then().statusCode(204);
        huawei().get("/v5/groups/{id}", id)
                .then()
                .statusCode(404)
                .body("error_msg", equalTo("Could not find group: " + id + "."));
    }

    @Test
    void refusesDuplicateNamesWhateverTheirCase() {
        String name = uniqueName("dup");
        huawei().body(Map.of("group_name", name)).post("/v5/groups").then().statusCode(201);
        huawei().body(Map.of("group_name", name.toUpperCase()))
                .post("/v5/groups")
                .then()
                .statusCode(409)
                .body("error_code", equalTo("IAM.0005"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{}                                             | IAM.0072 | 'group_name' is a required property.",
                "{\"group_name\":\"\"}                          | IAM.0073 | Invalid input for field 'group_name'.",
                "{\"group_name\":\"a/b\"}                       | IAM.0073 | Invalid input for field 'group_name'.",
                "{\"group_name\":\"ok\",\"description\":\"a#\"} | IAM.0073 | Invalid input for field 'description'.",
                "[]                                             | IAM.0011 | Request body is invalid.",
            })
    void rejectsInvalidCreateBodies(String body, String code, String messageStart) {
        huawei().body(body)
                .post("/v5/groups")
                .then()
                .statusCode(400)
                .body("error_code", equalTo(code))
                .body("error_msg", startsWith(messageStart));
    }

    @Test
    void managesMembersAndFiltersListsByThem() {
        String groupId = givenGroup();
        String other = givenGroup();
        String alice = givenUser(uniqueName("m"), Map.of());
        String bob = givenUser(uniqueName("m"), Map.of());
        addToGroup(groupId, alice);
        addToGroup(groupId, alice);
        addToGroup(groupId, bob);
        addToGroup(other, alice);

        huawei().get("/v5/users?group_id={g}", groupId)
                .then()
                .statusCode(200)
                .body(
                        "users.user_id",
                        equalTo(List.of(alice, bob).stream().sorted().toList()));
        huawei().get("/v5/groups?user_id={u}", alice)
                .then()
                .statusCode(200)
                .body(
                        "groups.group_id",
                        equalTo(List.of(groupId, other).stream().sorted().toList()));
        huawei().get("/v5/users?group_id={g}&limit=1", groupId).then().body("page_info.current_count", equalTo(1));

        huawei().body(Map.of("user_id", bob))
                .post("/v5/groups/{id}/remove-user", groupId)
                .then()
                .statusCode(200);
        huawei().get("/v5/groups?user_id={u}", bob).then().body("groups", empty());
        huawei().body(Map.of("user_id", bob))
                .post("/v5/groups/{id}/remove-user", groupId)
                .then()
                .statusCode(404);
        huawei().body(Map.of("user_id", "0".repeat(32)))
                .post("/v5/groups/{id}/add-user", groupId)
                .then()
                .statusCode(404)
                .body("error_msg", equalTo("Could not find user: " + "0".repeat(32) + "."));
        huawei().get("/v5/users?group_id={g}", "0".repeat(32)).then().statusCode(404);
        huawei().get("/v5/groups?user_id={u}", "0".repeat(32)).then().statusCode(404);
        huawei().get("/v5/groups?user_id=a_b").then().statusCode(400).body("error_code", equalTo("IAM.0007"));
    }

    @Test
    void refusesMoreThanTenGroupsPerUser() {
        String userId = givenUser(uniqueName("many"), Map.of());
        for (int i = 0; i < 10; i++) {
            addToGroup(givenGroup(), userId);
        }
        huawei().body(Map.of("user_id", userId))
                .post("/v5/groups/{id}/add-user", givenGroup())
                .then()
                .statusCode(409)
                .body("error_code", equalTo("PAP5.0005"));
    }

    @Test
    void listsEveryGroupExactlyOncePageByPage() {
        for (int i = 0; i < 3; i++) {
            givenGroup();
        }
        int total =
                huawei().get("/v5/groups?limit=200").then().extract().jsonPath().getInt("page_info.current_count");
        List<String> seen = new ArrayList<>();
        String marker = null;
        do {
            var request = huawei().queryParam("limit", 2);
            if (marker != null) {
                request.queryParam("marker", marker);
            }
            JsonPath page =
                    request.get("/v5/groups").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("groups.group_id"));
            marker = page.getString("page_info.next_marker");
        } while (marker != null);
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        huawei().get("/v5/groups?marker=xyz!").then().statusCode(400).body("error_code", equalTo("PAP5.0010"));
    }
}
