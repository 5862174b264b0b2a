package org.iamemulator.huawei.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CredentialApisIT extends EmulatorIntegrationTest {

    private String userId;

    @BeforeEach
    void aUser() {
        userId = givenUser(uniqueName("keys"), Map.of());
    }

    @Test
    void createsAKeyPairAndShowsTheSecretOnlyOnce() {
        JsonPath created = huawei().post("/v5/users/{id}/access-keys", userId)
                .then()
                .statusCode(201)
                .body("access_key.user_id", equalTo(userId))
                .body("access_key.access_key_id", matchesPattern("[A-Z0-9]{20}"))
                .body("access_key.secret_access_key", matchesPattern("[A-Za-z0-9]{40}"))
                .body("access_key.status", equalTo("active"))
                .body("access_key.created_at", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"))
                .extract()
                .jsonPath();
        String accessKey = created.getString("access_key.access_key_id");

        String listed = huawei().get("/v5/users/{id}/access-keys", userId)
                .then()
                .statusCode(200)
                .body("access_keys.access_key_id", org.hamcrest.Matchers.contains(accessKey))
                .body("access_keys[0]", not(hasKey("secret_access_key")))
                .body("page_info.current_count", equalTo(1))
                .extract()
                .asString();
        assertThat(listed).doesNotContain(created.getString("access_key.secret_access_key"));
    }

    @Test
    void allowsAtMostTwoKeysPerUser() {
        huawei().post("/v5/users/{id}/access-keys", userId).then().statusCode(201);
        huawei().post("/v5/users/{id}/access-keys", userId).then().statusCode(201);

        huawei().post("/v5/users/{id}/access-keys", userId)
                .then()
                .statusCode(409)
                .body("error_code", equalTo("IAM.0005"));
    }

    @Test
    void recordsWhenAKeyWasLastUsed() {
        JsonPath key = huawei().post("/v5/users/{id}/access-keys", userId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String accessKey = key.getString("access_key.access_key_id");
        grant(userId, "iam:users:getUserV5");
        huawei().get("/v5/users/{u}/access-keys/{k}/last-used", userId, accessKey)
                .then()
                .statusCode(200)
                .body("access_key_last_used.last_used_at", nullValue());

        huaweiAs(accessKey, key.getString("access_key.secret_access_key"))
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(200);

        huawei().get("/v5/users/{u}/access-keys/{k}/last-used", userId, accessKey)
                .then()
                .statusCode(200)
                .body(
                        "access_key_last_used.last_used_at",
                        matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    }

    @Test
    void answersUnknownKeysAndBadStatusesClearly() {
        huawei().delete("/v5/users/{u}/access-keys/{k}", userId, "NOSUCHKEY00000000000")
                .then()
                .statusCode(404)
                .body("error_msg", equalTo("Could not find access key: NOSUCHKEY00000000000."));
        String accessKey = huawei().post("/v5/users/{id}/access-keys", userId)
                .then()
                .extract()
                .path("access_key.access_key_id");
        huawei().body(Map.of("status", "paused"))
                .put("/v5/users/{u}/access-keys/{k}", userId, accessKey)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        huawei().body("{}")
                .put("/v5/users/{u}/access-keys/{k}", userId, accessKey)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"));
        // a key is found only under the user that owns it
        String otherUser = givenUser(uniqueName("other"), Map.of());
        huawei().delete("/v5/users/{u}/access-keys/{k}", otherUser, accessKey)
                .then()
                .statusCode(404);
    }

    @Test
    void managesTheLoginProfile() {
        huawei().get("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(404)
                .body("error_msg", equalTo("Could not find login-profile: " + userId + "."));

        huawei().body(Map.of("password", "Secret-123", "password_reset_required", true))
                .post("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(201)
                .body("login_profile.user_id", equalTo(userId))
                .body("login_profile.password_reset_required", equalTo(true))
                .body("login_profile", not(hasKey("password")));
        huawei().body(Map.of("password", "Secret-123", "password_reset_required", true))
                .post("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(409);

        huawei().body(Map.of("password_reset_required", false))
                .put("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(200)
                .body("login_profile.password_reset_required", equalTo(false));
        huawei().get("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(200)
                .body("login_profile.password_reset_required", equalTo(false));

        huawei().delete("/v5/users/{id}/login-profile", userId).then().statusCode(204);
        huawei().get("/v5/users/{id}/login-profile", userId).then().statusCode(404);
    }

    @Test
    void enforcesThePasswordLengthWithoutEchoingThePassword() {
        for (String password : new String[] {"short-7", "x".repeat(33)}) {
            String body = huawei().body(Map.of("password", password, "password_reset_required", false))
                    .post("/v5/users/{id}/login-profile", userId)
                    .then()
                    .statusCode(400)
                    .body("error_code", equalTo("IAM.0073"))
                    .extract()
                    .asString();
            assertThat(body).doesNotContain(password);
        }
        huawei().body(Map.of("password", "exactly8", "password_reset_required", false))
                .post("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(201);
    }
}
