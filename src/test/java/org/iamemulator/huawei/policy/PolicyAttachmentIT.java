package org.iamemulator.huawei.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.AuthzIntegrationTest;
import org.junit.jupiter.api.Test;

class PolicyAttachmentIT extends AuthzIntegrationTest {

    private static final String DOC = allow("iam:users:getUserV5");

    @Test
    void attachesListsAndDetachesAUserPolicy() {
        String userId = givenUser(uniqueName("att"), Map.of());
        String policyId = givenPolicy(DOC);

        attachToUser(policyId, userId);
        attachToUser(policyId, userId); // attaching again changes nothing

        huawei().get("/v5/users/{id}/attached-policies", userId)
                .then()
                .statusCode(200)
                .body("attached_policies.policy_id", equalTo(List.of(policyId)))
                .body(
                        "attached_policies[0].urn",
                        equalTo(huawei().get("/v5/policies/{id}", policyId).path("policy.urn")))
                .body("page_info.current_count", equalTo(1));
        huawei().get("/v5/policies/{id}", policyId).then().body("policy.attachment_count", equalTo(1));
        huawei().queryParam("only_attached", true)
                .queryParam("limit", 200)
                .get("/v5/policies")
                .then()
                .body("policies.policy_id", hasItem(policyId));

        huawei().delete("/v5/policies/{id}", policyId).then().statusCode(409).body("error_code", equalTo("IAM.0005"));

        huawei().body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/detach-user", policyId)
                .then()
                .statusCode(200);
        huawei().get("/v5/users/{id}/attached-policies", userId).then().body("attached_policies", empty());
        huawei().body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/detach-user", policyId)
                .then()
                .statusCode(404)
                .body("error_code", equalTo("IAM.0004"));
        huawei().delete("/v5/policies/{id}", policyId).then().statusCode(204);
    }

    @Test
    void systemPoliciesCanBeAttached() {
        String userId = givenUser(uniqueName("sys"), Map.of());
        attachToUser(READ_ONLY_ID, userId);
        huawei().get("/v5/users/{id}/attached-policies", userId)
                .then()
                .body("attached_policies[0].policy_name", equalTo("IAMReadOnlyPolicy"));
    }

    @Test
    void refusesUnknownUsersPoliciesAndBadBodies() {
        String userId = givenUser(uniqueName("unknown"), Map.of());
        String policyId = givenPolicy(DOC);
        huawei().body(Map.of("user_id", "0".repeat(32)))
                .post("/v5/policies/{id}/attach-user", policyId)
                .then()
                .statusCode(404)
                .body("error_msg", equalTo("Could not find user: " + "0".repeat(32) + "."));
        huawei().body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/attach-user", "0".repeat(32))
                .then()
                .statusCode(404)
                .body("error_msg", equalTo("Could not find policy: " + "0".repeat(32) + "."));
        huawei().body(Map.of())
                .post("/v5/policies/{id}/attach-user", policyId)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"));
        huawei().body(Map.of("user_id", "a/b"))
                .post("/v5/policies/{id}/attach-user", policyId)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        huawei().get("/v5/users/{id}/attached-policies", "0".repeat(32)).then().statusCode(404);
    }

    @Test
    void refusesMoreThanTenPoliciesPerUser() {
        String userId = givenUser(uniqueName("quota"), Map.of());
        for (int i = 0; i < 10; i++) {
            attachToUser(givenPolicy(DOC), userId);
        }
        huawei().body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/attach-user", givenPolicy(DOC))
                .then()
                .statusCode(409)
                .body("error_code", equalTo("PAP5.0002"))
                .body("error_msg", equalTo("attached policies per user limit exceeded (10)"));

        List<String> seen = new ArrayList<>();
        String marker = null;
        do {
            var request = huawei().queryParam("limit", 3);
            if (marker != null) {
                request.queryParam("marker", marker);
            }
            JsonPath page = request.get("/v5/users/{id}/attached-policies", userId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("attached_policies.policy_id"));
            marker = page.getString("page_info.next_marker");
        } while (marker != null);
        assertThat(seen).hasSize(10).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void attachesToGroupsAndListsEntities() {
        String userId = givenUser(uniqueName("ent"), Map.of());
        String groupId = givenGroup();
        String policyId = givenPolicy(DOC);
        attachToUser(policyId, userId);
        attachToGroup(policyId, groupId);

        huawei().get("/v5/groups/{id}/attached-policies", groupId)
                .then()
                .statusCode(200)
                .body("attached_policies.policy_id", equalTo(List.of(policyId)));
        huawei().get("/v5/policies/{id}/attached-entities", policyId)
                .then()
                .statusCode(200)
                .body("policy_users.user_id", equalTo(List.of(userId)))
                .body("policy_groups.group_id", equalTo(List.of(groupId)))
                .body("policy_agencies", empty())
                .body("page_info.current_count", equalTo(2));
        huawei().get("/v5/policies/{id}/attached-entities?entity_type=user", policyId)
                .then()
                .body("policy_users.user_id", equalTo(List.of(userId)))
                .body("policy_groups", empty());
        huawei().get("/v5/policies/{id}/attached-entities?entity_type=group&limit=1", policyId)
                .then()
                .body("policy_groups.group_id", equalTo(List.of(groupId)))
                .body("page_info", not(org.hamcrest.Matchers.hasKey("next_marker")));
        huawei().get("/v5/policies/{id}/attached-entities?entity_type=agency", policyId)
                .then()
                .statusCode(200)
                .body("page_info.current_count", equalTo(0));
        huawei().get("/v5/policies/{id}/attached-entities?entity_type=role", policyId)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0007"));
        JsonPath first = huawei().get("/v5/policies/{id}/attached-entities?limit=1", policyId)
                .then()
                .extract()
                .jsonPath();
        assertThat(first.getList("policy_groups.group_id")).containsExactly(groupId);
        huawei().get(
                        "/v5/policies/{id}/attached-entities?limit=1&marker="
                                + first.getString("page_info.next_marker"),
                        policyId)
                .then()
                .body("policy_users.user_id", equalTo(List.of(userId)));

        huawei().body(Map.of("group_id", groupId))
                .post("/v5/policies/{id}/detach-group", policyId)
                .then()
                .statusCode(200);
        huawei().get("/v5/groups/{id}/attached-policies", groupId).then().body("attached_policies", empty());
    }

    @Test
    void deletingAUserOrGroupRemovesItsAttachmentsAndMemberships() {
        String userId = givenUser(uniqueName("cascade"), Map.of());
        String groupId = givenGroup();
        String policyId = givenPolicy(DOC);
        attachToUser(policyId, userId);
        attachToGroup(policyId, groupId);
        addToGroup(groupId, userId);

        huawei().delete("/v5/users/{id}", userId).then().statusCode(204);
        huawei().get("/v5/users?group_id={g}", groupId).then().body("users", empty());
        huawei().delete("/v5/groups/{id}", groupId).then().statusCode(204);
        huawei().get("/v5/policies/{id}", policyId).then().body("policy.attachment_count", equalTo(0));
        huawei().delete("/v5/policies/{id}", policyId).then().statusCode(204);
    }
}
