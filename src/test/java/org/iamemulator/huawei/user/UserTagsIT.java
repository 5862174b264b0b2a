package org.iamemulator.huawei.user;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserTagsIT extends EmulatorIntegrationTest {

    @Test
    void tagsListsAndUntagsAUser() {
        String id = givenUser(uniqueName("tag"), Map.of("team", "dev"));
        huawei().body(
                        "{\"tags\":[{\"tag_key\":\"env\",\"tag_value\":\"prod\"},{\"tag_key\":\"team\",\"tag_value\":\"ops\"}]}")
                .post("/v5/user/{id}/tags/create", id)
                .then()
                .statusCode(200)
                .body("tags.tag_key", equalTo(List.of("env", "team")))
                .body("tags.tag_value", equalTo(List.of("prod", "ops")));
        huawei().get("/v5/user/{id}/tags", id)
                .then()
                .statusCode(200)
                .body("tags.tag_key", equalTo(List.of("env", "team")));
        huawei().get("/v5/users/{id}", id).then().body("user.tags.tag_value", equalTo(List.of("prod", "ops")));

        huawei().body("[\"team\",\"absent\"]")
                .delete("/v5/user/{id}/tags/delete", id)
                .then()
                .statusCode(200);
        huawei().get("/v5/user/{id}/tags", id).then().body("tags.tag_key", equalTo(List.of("env")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{}                                                          | IAM.0072  | 'tags' is a required property.",
                "{\"tags\":[]}                                               | IAM.0073  | Invalid input for field 'tags'.",
                "{\"tags\":[{\"tag_key\":\"_sys_x\",\"tag_value\":\"v\"}]}   | PAP5.0036 | tag non-compliant: key '_sys_x'",
                "{\"tags\":[{\"tag_key\":\" lead\",\"tag_value\":\"v\"}]}    | PAP5.0036 | tag non-compliant: key ' lead'",
                "{\"tags\":[{\"tag_key\":\"a*b\",\"tag_value\":\"v\"}]}      | PAP5.0036 | tag non-compliant: key 'a*b'",
                "{\"tags\":[{\"tag_key\":\"k\",\"tag_value\":\"a*b\"}]}      | PAP5.0036 | tag non-compliant: value of tag 'k'",
                "{\"tags\":[{\"tag_key\":\"k\",\"tag_value\":\"1\"},{\"tag_key\":\"k\",\"tag_value\":\"2\"}]} | PAP5.0033 | duplicate key: k",
            })
    void rejectsInvalidTags(String body, String code, String messageStart) {
        String id = givenUser(uniqueName("badtag"), Map.of());
        huawei().body(body)
                .post("/v5/user/{id}/tags/create", id)
                .then()
                .statusCode(400)
                .body("error_code", equalTo(code))
                .body("error_msg", startsWith(messageStart));
    }

    @Test
    void acceptsTheDocumentedCharactersAndAnEmptyValue() {
        String id = givenUser(uniqueName("chars"), Map.of());
        huawei().body(Map.of(
                        "tags",
                        List.of(
                                Map.of("tag_key", "成本 中心_.:=+-@", "tag_value", "a/b"),
                                Map.of("tag_key", "empty", "tag_value", ""))))
                .post("/v5/user/{id}/tags/create", id)
                .then()
                .statusCode(200);
    }

    @Test
    void refusesMoreThanTwentyTagsPerUser() {
        String id = givenUser(uniqueName("twenty"), Map.of("t0", "v"));
        List<Map<String, String>> twenty = IntStream.rangeClosed(1, 20)
                .mapToObj(i -> Map.of("tag_key", "t" + i, "tag_value", "v"))
                .toList();
        huawei().body(Map.of("tags", twenty))
                .post("/v5/user/{id}/tags/create", id)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("PAP5.0036"));
        huawei().body(Map.of("tags", twenty.subList(0, 19)))
                .post("/v5/user/{id}/tags/create", id)
                .then()
                .statusCode(200);
        List<Map<String, String>> twentyOne = IntStream.rangeClosed(1, 21)
                .mapToObj(i -> Map.of("tag_key", "t" + i, "tag_value", "v"))
                .toList();
        huawei().body(Map.of("tags", twentyOne))
                .post("/v5/user/{id}/tags/create", id)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
    }

    @Test
    void refusesBadUntagBodiesAndUnknownUsers() {
        String id = givenUser(uniqueName("untag"), Map.of());
        huawei().body("[]")
                .delete("/v5/user/{id}/tags/delete", id)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        huawei().body("{\"keys\":[]}")
                .delete("/v5/user/{id}/tags/delete", id)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0011"));
        huawei().get("/v5/user/{id}/tags", "0".repeat(32)).then().statusCode(404);
        huawei().get("/v5/oidc_provider/{id}/tags", id).then().statusCode(404).body("error_code", equalTo("PAP5.0012"));
        huawei().get("/v5/project/{id}/tags", id).then().statusCode(404).body("error_code", equalTo("APIGW.0101"));
    }
}
