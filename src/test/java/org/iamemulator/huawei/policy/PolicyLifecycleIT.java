package org.iamemulator.huawei.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.AuthzIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyLifecycleIT extends AuthzIntegrationTest {

    private static final String DOC = allow("iam:users:getUserV5");

    @Test
    void createsAPolicyWithItsFirstVersionAndServesIt() {
        String name = uniqueName("create");
        JsonPath created = huawei().body(Map.of(
                        "policy_name", name, "path", "team/dev/", "policy_document", DOC, "description", "read users"))
                .post("/v5/policies")
                .then()
                .statusCode(201)
                .body("policy.policy_name", equalTo(name))
                .body("policy.policy_type", equalTo("custom"))
                .body("policy.path", equalTo("team/dev/"))
                .body("policy.default_version_id", equalTo("v1"))
                .body("policy.attachment_count", equalTo(0))
                .body("policy.description", equalTo("read users"))
                .body("policy.urn", equalTo("iam::" + properties.accountId() + ":policy:team/dev/" + name))
                .extract()
                .jsonPath();
        String id = created.getString("policy.policy_id");
        assertThat(created.getString("policy.created_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        huawei().get("/v5/policies/{id}", id)
                .then()
                .statusCode(200)
                .body("policy.policy_name", equalTo(name))
                .body("policy.updated_at", equalTo(created.getString("policy.updated_at")));
        huawei().get("/v5/policies/{id}/versions/v1", id)
                .then()
                .statusCode(200)
                .body("policy_version.document", equalTo(DOC))
                .body("policy_version.version_id", equalTo("v1"))
                .body("policy_version.is_default", equalTo(true));
    }

    @Test
    void refusesADuplicateNameInTheSamePath() {
        String name = uniqueName("dup");
        huawei().body(Map.of("policy_name", name, "policy_document", DOC))
                .post("/v5/policies")
                .then()
                .statusCode(201);
        huawei().body(Map.of("policy_name", name, "policy_document", DOC))
                .post("/v5/policies")
                .then()
                .statusCode(409)
                .body("error_code", equalTo("IAM.0005"));
        huawei().body(Map.of("policy_name", name, "path", "other/", "policy_document", DOC))
                .post("/v5/policies")
                .then()
                .statusCode(201);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"policy_document\":\"{}\"}                                    | IAM.0072 | 'policy_name' is a required property.",
                "{\"policy_name\":\"ok\"}                                        | IAM.0072 | 'policy_document' is a required property.",
                "{\"policy_name\":\"bad name\",\"policy_document\":\"{}\"}       | IAM.0073 | Invalid input for field 'policy_name'.",
                "{\"policy_name\":\"ok\",\"path\":\"noslash\",\"policy_document\":\"{}\"} | PAP5.0030 | invalid path: 'noslash'.",
                "{\"policy_name\":\"ok\",\"description\":\"a*b\",\"policy_document\":\"{}\"} | IAM.0073 | Invalid input for field 'description'.",
                "{\"policy_name\":\"ok\",\"policy_document\":\"{}\"}             | PAP5.0011 | malformed policy document: ",
                "{\"policy_name\":\"ok\",\"policy_document\":\"{\\\"Version\\\":\\\"1.1\\\",\\\"Statement\\\":[]}\"} | PAP5.0011 | malformed policy document: Version",
                "{\"policy_name\":\"ok\",\"policy_document\":{}}                 | IAM.0073 | Invalid input for field 'policy_document'.",
            })
    void rejectsInvalidCreateBodies(String body, String code, String messageStart) {
        huawei().body(body)
                .post("/v5/policies")
                .then()
                .statusCode(400)
                .body("error_code", equalTo(code))
                .body("error_msg", startsWith(messageStart));
    }

    @Test
    void reportsWhereTheDocumentIsWrong() {
        String bad = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:users\"]}]}";
        huawei().body(Map.of("policy_name", uniqueName("bad"), "policy_document", bad))
                .post("/v5/policies")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("PAP5.0011"))
                .body("error_msg", startsWith("malformed policy document: Statement[0].Action[0]: "));
    }

    @Test
    void managesVersionsUpToTheQuota() {
        String id = givenPolicy(DOC);
        String v2 = allow("iam:users:listUsersV5");
        huawei().body(Map.of("policy_document", v2))
                .post("/v5/policies/{id}/versions", id)
                .then()
                .statusCode(201)
                .body("policy_version.version_id", equalTo("v2"))
                .body("policy_version.is_default", equalTo(false));
        huawei().body(Map.of("policy_document", v2, "set_as_default", true))
                .post("/v5/policies/{id}/versions", id)
                .then()
                .statusCode(201)
                .body("policy_version.is_default", equalTo(true));
        huawei().get("/v5/policies/{id}", id).then().body("policy.default_version_id", equalTo("v3"));
        huawei().body(Map.of("policy_document", v2))
                .post("/v5/policies/{id}/versions", id)
                .then()
                .statusCode(201);
        huawei().body(Map.of("policy_document", v2))
                .post("/v5/policies/{id}/versions", id)
                .then()
                .statusCode(201);

        huawei().body(Map.of("policy_document", v2))
                .post("/v5/policies/{id}/versions", id)
                .then()
                .statusCode(409)
                .body("error_code", equalTo("PAP5.0028"))
                .body("error_msg", startsWith("versions per policy limit exceeded"));

        huawei().delete("/v5/policies/{id}/versions/v3", id)
                .then()
                .statusCode(409)
                .body("error_code", equalTo("IAM.0005"));
        huawei().post("/v5/policies/{id}/versions/v1/set-default", id).then().statusCode(200);
        huawei().delete("/v5/policies/{id}/versions/v3", id).then().statusCode(204);
        huawei().get("/v5/policies/{id}/versions/v3", id)
                .then()
                .statusCode(404)
                .body("error_code", equalTo("IAM.0004"));
        // version numbers are never reused
        huawei().body(Map.of("policy_document", v2))
                .post("/v5/policies/{id}/versions", id)
                .then()
                .statusCode(201)
                .body("policy_version.version_id", equalTo("v6"));

        List<String> ids = new ArrayList<>();
        String marker = null;
        do {
            var request = huawei().queryParam("limit", 2);
            if (marker != null) {
                request.queryParam("marker", marker);
            }
            JsonPath page = request.get("/v5/policies/{id}/versions", id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            ids.addAll(page.getList("versions.version_id"));
            assertThat(page.getInt("page_info.current_count"))
                    .isEqualTo(page.getList("versions").size());
            marker = page.getString("page_info.next_marker");
        } while (marker != null);
        assertThat(ids).containsExactly("v1", "v2", "v4", "v5", "v6");
    }

    @Test
    void deletesAPolicyWithItsVersions() {
        String id = givenPolicy(DOC);
        huawei().delete("/v5/policies/{id}", id).then().statusCode(204);
        huawei().get("/v5/policies/{id}", id)
                .then()
                .statusCode(404)
                .body("error_code", equalTo("IAM.0004"))
                .body("error_msg", equalTo("Could not find policy: " + id + "."));
        huawei().delete("/v5/policies/{id}", id).then().statusCode(404);
    }

    @Test
    void systemPoliciesAreVisibleAndReadOnly() {
        huawei().get("/v5/policies/{id}", FULL_ACCESS_ID)
                .then()
                .statusCode(200)
                .body("policy.policy_name", equalTo("IAMFullAccessPolicy"))
                .body("policy.policy_type", equalTo("system"))
                .body("policy.urn", equalTo("iam::system:policy:IAMFullAccessPolicy"));
        huawei().get("/v5/policies?policy_type=system")
                .then()
                .statusCode(200)
                .body("policies.policy_name", hasItem("IAMReadOnlyPolicy"))
                .body("policies.policy_type", not(hasItem("custom")));
        huawei().delete("/v5/policies/{id}", FULL_ACCESS_ID)
                .then()
                .statusCode(403)
                .body("error_code", equalTo("IAM.0002"));
        huawei().body(Map.of("policy_document", DOC))
                .post("/v5/policies/{id}/versions", READ_ONLY_ID)
                .then()
                .statusCode(403);
    }

    @Test
    void filtersByTypeAndPathPrefix() {
        String prefix = "f" + uniqueName("").substring(1).replace("-", "") + "/";
        String id = givenPolicyIn(prefix + "a/");
        givenPolicyIn(prefix + "b/");
        huawei().queryParam("path_prefix", prefix + "a/")
                .get("/v5/policies")
                .then()
                .statusCode(200)
                .body("policies.policy_id", equalTo(List.of(id)));
        huawei().queryParam("path_prefix", prefix)
                .queryParam("policy_type", "custom")
                .get("/v5/policies")
                .then()
                .statusCode(200)
                .body("page_info.current_count", equalTo(2));
        huawei().queryParam("path_prefix", prefix)
                .queryParam("only_attached", true)
                .get("/v5/policies")
                .then()
                .statusCode(200)
                .body("page_info.current_count", equalTo(0));
    }

    @Test
    void listsEveryPolicyExactlyOncePageByPage() {
        for (int i = 0; i < 3; i++) {
            givenPolicy(DOC);
        }
        int total = huawei().get("/v5/policies?limit=200")
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
                    request.get("/v5/policies").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("policies.policy_id"));
            marker = page.getString("page_info.next_marker");
        } while (marker != null);
        assertThat(seen).hasSize(total);
        assertThat(new HashSet<>(seen)).hasSize(total);
    }

    @ParameterizedTest
    @CsvSource({
        "/v5/policies?policy_type=other,IAM.0007",
        "/v5/policies?limit=0,IAM.0007",
        "/v5/policies?marker=abc,PAP5.0010",
        "/v5/policies?path_prefix=a%25b,IAM.0007",
        "/v5/policies?only_attached=maybe,IAM.0007",
        "/v5/policies/bad_id,IAM.0007",
        "/v5/policies/" + FULL_ACCESS_ID + "/versions/1,IAM.0007",
        "/v5/policies/" + FULL_ACCESS_ID + "/versions?marker=bTE6eHl6,PAP5.0010"
    })
    void rejectsBadParameters(String path, String code) {
        huawei().get(path).then().statusCode(400).body("error_code", equalTo(code));
    }

    private String givenPolicyIn(String path) {
        return huawei().body(Map.of("policy_name", uniqueName("p"), "path", path, "policy_document", DOC))
                .post("/v5/policies")
                .then()
                .statusCode(201)
                .extract()
                .path("policy.policy_id");
    }
}
