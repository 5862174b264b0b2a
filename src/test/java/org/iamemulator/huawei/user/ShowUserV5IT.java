package org.iamemulator.huawei.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.JsonShape;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ShowUserV5IT extends EmulatorIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void returnsEveryFieldOfTheUserWithItsTags() {
        String name = uniqueName("show");
        String id = givenUser(name, Map.of("team", "dev", "cost-center", "42"));

        huawei().get("/v5/users/{id}", id)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("user.user_id", equalTo(id))
                .body("user.user_name", equalTo(name))
                .body("user.description", equalTo(""))
                .body("user.is_root_user", equalTo(false))
                .body("user.enabled", equalTo(true))
                .body("user.urn", equalTo("iam::" + properties.accountId() + ":user:" + name))
                .body("user.created_at", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"))
                .body("user.tags.tag_key", org.hamcrest.Matchers.contains("cost-center", "team"))
                .body("user.tags.tag_value", org.hamcrest.Matchers.contains("42", "dev"));
    }

    @Test
    void sendsAnEmptyTagListWhenTheUserHasNoTags() {
        String id = givenUser(uniqueName("untagged"), Map.of());

        String body = huawei().get("/v5/users/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(body).contains("\"tags\":[]");
    }

    @Test
    void hasTheShapeOfTheDocumentedExample() throws IOException {
        String id = givenUser(uniqueName("shape"), Map.of("k", "v"));

        Response response = huawei().get("/v5/users/{id}", id);

        JsonShape.assertSameShape(JSON.readTree(response.asString()), seed("show-user-v5.json"));
    }

    @Test
    void describesTheRootUserOfTheAccount() {
        String rootId = huawei().get("/v5/users?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("users.find { it.is_root_user }.user_id");

        huawei().get("/v5/users/{id}", rootId)
                .then()
                .statusCode(200)
                .body("user.is_root_user", equalTo(true))
                .body("user.user_name", equalTo(properties.accountName()))
                .body("user.enabled", equalTo(true));
    }

    @Test
    void answersAnUnknownUserWith404InTheIamFormat() {
        Response response = huawei().get("/v5/users/{id}", "0123456789abcdef0123456789abcdef");

        response.then()
                .statusCode(404)
                .body("error_code", equalTo("IAM.0004"))
                .body("error_msg", equalTo("Could not find user: 0123456789abcdef0123456789abcdef."))
                .body("request_id", equalTo(response.header("X-Request-Id")));
    }

    @Test
    void rejectsAMalformedUserIdWith400() {
        for (String badId : new String[] {"under_score", "a.b", "x".repeat(65), "%20", "caf%C3%A9"}) {
            huawei().urlEncodingEnabled(false)
                    .get("/v5/users/" + badId)
                    .then()
                    .statusCode(400)
                    .body("error_code", equalTo("IAM.0007"))
                    .body("error_msg", org.hamcrest.Matchers.startsWith("Request parameter user_id is invalid."));
        }
    }

    static JsonNode seed(String name) throws IOException {
        try (InputStream in = ShowUserV5IT.class.getResourceAsStream("/seeds/" + name)) {
            return JSON.readTree(in);
        }
    }
}
