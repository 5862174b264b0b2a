package org.iamemulator.huawei.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.AuthzIntegrationTest;
import org.iamemulator.support.IdTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OIDC providers over signed raw HTTP (the SDK 3.1.192 has no model for them), checked against the reference. */
class OidcProvidersIT extends AuthzIntegrationTest {

    private static final String THUMBPRINT = "a".repeat(64);

    @Test
    void createsShowsTagsUpdatesAndDeletesAProvider() {
        String name = uniqueName("gh");
        JsonPath created = huawei().body(Map.of(
                        "name",
                        name,
                        "url",
                        "https://token.example.com/issuer",
                        "client_ids",
                        List.of("sts.example"),
                        "thumbprints",
                        List.of(THUMBPRINT),
                        "description",
                        "CI",
                        "jwks",
                        IdTokens.jwks(IdTokens.rsa("k1"))))
                .post("/v5/oidc-providers")
                .then()
                .statusCode(201)
                .body("oidc_provider.name", equalTo(name))
                .body("oidc_provider.urn", equalTo("iam::" + properties.accountId() + ":oidc-provider:" + name))
                .body("oidc_provider.url", equalTo("https://token.example.com/issuer"))
                .body("oidc_provider.client_ids", equalTo(List.of("sts.example")))
                .body("oidc_provider.thumbprints", equalTo(List.of(THUMBPRINT)))
                .body("oidc_provider.description", equalTo("CI"))
                .body("oidc_provider", not(hasKey("tags")))
                .body("oidc_provider", not(hasKey("jwks")))
                .extract()
                .jsonPath();
        assertThat(created.getMap("oidc_provider").keySet())
                .containsExactlyInAnyOrder(
                        "provider_id", "name", "description", "url", "urn", "client_ids", "thumbprints", "created_at");
        String id = created.getString("oidc_provider.provider_id");

        huawei().body(Map.of("tags", List.of(Map.of("tag_key", "team", "tag_value", "ci"))))
                .post("/v5/oidc_provider/{id}/tags/create", id)
                .then()
                .statusCode(200);
        huawei().body(Map.of("description", "build"))
                .put("/v5/oidc-providers/{id}", id)
                .then()
                .statusCode(200);
        huawei().body(Map.of("thumbprints", List.of("b".repeat(64), "c".repeat(64))))
                .put("/v5/oidc-providers/{id}/thumbprint", id)
                .then()
                .statusCode(200);
        huawei().body(Map.of("client_id", "second"))
                .post("/v5/oidc-providers/{id}/add-client-id", id)
                .then()
                .statusCode(200);
        huawei().body(Map.of("client_id", "sts.example"))
                .post("/v5/oidc-providers/{id}/remove-client-id", id)
                .then()
                .statusCode(200);

        huawei().get("/v5/oidc-providers/{id}", id)
                .then()
                .statusCode(200)
                .body("oidc_provider.description", equalTo("build"))
                .body("oidc_provider.client_ids", equalTo(List.of("second")))
                .body("oidc_provider.thumbprints", equalTo(List.of("b".repeat(64), "c".repeat(64))))
                .body("oidc_provider.tags", equalTo(List.of(Map.of("tag_key", "team", "tag_value", "ci"))))
                .body("oidc_provider.created_at", equalTo(created.getString("oidc_provider.created_at")));
        assertThat(huawei().get("/v5/oidc-providers?limit=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("oidc_providers.provider_id"))
                .contains(id);

        huawei().body(Map.of("client_id", "second"))
                .post("/v5/oidc-providers/{id}/remove-client-id", id)
                .then()
                .statusCode(409)
                .body("error_code", equalTo("IAM.0005"));
        huawei().delete("/v5/oidc-providers/{id}", id).then().statusCode(204);
        huawei().get("/v5/oidc-providers/{id}", id).then().statusCode(404).body("error_code", equalTo("PAP5.0012"));
        huawei().delete("/v5/oidc-providers/{id}", id).then().statusCode(404);
    }

    @Test
    void refusesADuplicateName() {
        String name = uniqueName("dup");
        huawei().body(create(name)).post("/v5/oidc-providers").then().statusCode(201);
        huawei().body(create(name))
                .post("/v5/oidc-providers")
                .then()
                .statusCode(409)
                .body("error_code", equalTo("IAM.0005"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"url\":\"https://i.example\",\"client_ids\":[\"a\"]}                    | IAM.0072 | 'name'",
                "{\"name\":\"n\",\"client_ids\":[\"a\"]}                                    | IAM.0072 | 'url'",
                "{\"name\":\"n\",\"url\":\"https://i.example\"}                             | IAM.0072 | 'client_ids'",
                "{\"name\":\"a b\",\"url\":\"https://i.example\",\"client_ids\":[\"a\"]}    | IAM.0073 | Invalid input for field 'name'",
                "{\"name\":\"n\",\"url\":\"http://i.example\",\"client_ids\":[\"a\"]}       | IAM.0073 | Invalid input for field 'url'",
                "{\"name\":\"n\",\"url\":\"https://i.example/?a=b\",\"client_ids\":[\"a\"]} | IAM.0073 | Invalid input for field 'url'",
                "{\"name\":\"n\",\"url\":\"https://i.example\",\"client_ids\":[]}           | IAM.0073 | Invalid input for field 'client_ids'",
                "{\"name\":\"n\",\"url\":\"https://i.example\",\"client_ids\":[\"\"]}       | IAM.0073 | Invalid input for field 'client_ids'",
                "{\"name\":\"n\",\"url\":\"https://i.example\",\"client_ids\":[\"a\"],\"thumbprints\":[\"ab\"]} | IAM.0073 | Invalid input for field 'thumbprints'",
                "{\"name\":\"n\",\"url\":\"https://i.example\",\"client_ids\":[\"a\"],\"description\":\"a#\"}  | IAM.0073 | Invalid input for field 'description'",
                "{\"name\":\"n\",\"url\":\"https://i.example\",\"client_ids\":[\"a\"],\"jwks\":\"{}\"}         | IAM.0073 | Invalid input for field 'jwks'",
                "[]                                                                         | IAM.0011 | Request body is invalid.",
            })
    void rejectsInvalidCreateBodies(String body, String code, String messageStart) {
        huawei().body(body)
                .post("/v5/oidc-providers")
                .then()
                .statusCode(400)
                .body("error_code", equalTo(code))
                .body("error_msg", containsString(messageStart));
    }

    @Test
    void refusesBadUpdatesAndUnknownProviders() {
        String id = huawei().body(create(uniqueName("u")))
                .post("/v5/oidc-providers")
                .then()
                .statusCode(201)
                .extract()
                .path("oidc_provider.provider_id");
        huawei().body(Map.of("thumbprints", List.of()))
                .put("/v5/oidc-providers/{id}/thumbprint", id)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        huawei().body(Map.of())
                .post("/v5/oidc-providers/{id}/add-client-id", id)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"));
        huawei().body(Map.of("jwks", "not json"))
                .put("/v5/oidc-providers/{id}", id)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        huawei().get("/v5/oidc-providers/{id}", "0".repeat(32))
                .then()
                .statusCode(404)
                .body("error_code", equalTo("PAP5.0012"));
        huawei().get("/v5/oidc-providers/{id}", "bad_id!")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0007"));
    }

    @Test
    void aUserNeedsTheProviderActions() {
        String userId = givenUser(uniqueName("fed"), Map.of());
        Map<String, String> key = huawei().post("/v5/users/{id}/access-keys", userId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("access_key");
        huaweiAs(key.get("access_key_id"), key.get("secret_access_key"))
                .body(create(uniqueName("p")))
                .post("/v5/oidc-providers")
                .then()
                .statusCode(403)
                .body("error_code", equalTo("PAP5.0001"));
        grant(userId, "iam:oidcProviders:createV5", "iam:oidcProviders:listV5");
        huaweiAs(key.get("access_key_id"), key.get("secret_access_key"))
                .body(create(uniqueName("p")))
                .post("/v5/oidc-providers")
                .then()
                .statusCode(201);
        huaweiAs(key.get("access_key_id"), key.get("secret_access_key"))
                .get("/v5/oidc-providers")
                .then()
                .statusCode(200);
    }

    @Test
    void aResetRestoresTheSeededStateOfAnAccount() {
        JsonPath account = control()
                .body(Map.of())
                .post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String accountId = account.getString("account_id");
        String ak = account.getString("root_access_key");
        String sk = account.getString("root_secret_key");
        huaweiAs(ak, sk).body(create("p1")).post("/v5/oidc-providers").then().statusCode(201);
        assertThat(huaweiAs(ak, sk)
                        .get("/v5/oidc-providers")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("oidc_providers"))
                .hasSize(1);

        control().post("/_emulator/reset?account_id=" + accountId).then().statusCode(200);

        assertThat(huaweiAs(ak, sk)
                        .get("/v5/oidc-providers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("oidc_providers"))
                .isEmpty();
        control().delete("/_emulator/accounts/{id}", accountId).then().statusCode(204);
    }

    private static Map<String, Object> create(String name) {
        return Map.of("name", name, "url", "https://issuer.example", "client_ids", List.of("client"));
    }
}
