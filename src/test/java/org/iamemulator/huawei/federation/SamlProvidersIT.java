package org.iamemulator.huawei.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.AuthzIntegrationTest;
import org.iamemulator.support.SamlIdp;
import org.junit.jupiter.api.Test;

/** SAML providers over signed raw HTTP (the SDK 3.1.192 has no model for them), checked against the reference. */
class SamlProvidersIT extends AuthzIntegrationTest {

    private static final SamlIdp IDP = SamlIdp.load("https://idp.example.test/saml", "idp.p12");
    private static final Instant VALID_UNTIL = Instant.parse("2099-01-01T00:00:00Z");
    private static final String PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(new byte[600]) + "\n-----END PRIVATE KEY-----\n";

    @Test
    void createsShowsUpdatesAndDeletesAProvider() {
        String name = uniqueName("okta");
        String metadata = IDP.metadata(VALID_UNTIL);
        JsonPath created = huawei().body(Map.of("name", name, "saml_metadata_document", metadata, "description", "SSO"))
                .post("/v5/saml-providers")
                .then()
                .statusCode(201)
                .body("saml_provider.name", equalTo(name))
                .body("saml_provider.urn", equalTo("iam::" + properties.accountId() + ":saml-provider:" + name))
                .body("saml_provider.saml_metadata_document", equalTo(metadata))
                .body("saml_provider.assertion_encryption_mode", equalTo("Allowed"))
                .body("saml_provider.private_keys", equalTo(List.of()))
                .body("saml_provider.expires_at", equalTo("2099-01-01T00:00:00Z"))
                .body("saml_provider", not(hasKey("tags")))
                .extract()
                .jsonPath();
        assertThat(created.getMap("saml_provider").keySet())
                .containsExactlyInAnyOrder(
                        "provider_id",
                        "name",
                        "description",
                        "urn",
                        "saml_metadata_document",
                        "assertion_encryption_mode",
                        "private_keys",
                        "created_at",
                        "expires_at");
        String id = created.getString("saml_provider.provider_id");

        JsonPath updated = huawei().body(Map.of(
                        "add_private_key",
                        PRIVATE_KEY,
                        "assertion_encryption_mode",
                        "Required",
                        "description",
                        "rotated"))
                .put("/v5/saml-providers/{id}", id)
                .then()
                .statusCode(200)
                .body("saml_provider.assertion_encryption_mode", equalTo("Required"))
                .body("saml_provider.description", equalTo("rotated"))
                .extract()
                .jsonPath();
        String keyId = updated.getString("saml_provider.private_keys[0].key_id");
        assertThat(keyId).matches("[A-Z0-9]{32}");
        huawei().body(Map.of("tags", List.of(Map.of("tag_key", "team", "tag_value", "sso"))))
                .post("/v5/saml_provider/{id}/tags/create", id)
                .then()
                .statusCode(200);
        huawei().get("/v5/saml-providers/{id}", id)
                .then()
                .statusCode(200)
                .body("saml_provider.private_keys.key_id", equalTo(List.of(keyId)))
                .body("saml_provider.tags", equalTo(List.of(Map.of("tag_key", "team", "tag_value", "sso"))));
        assertThat(huawei().get("/v5/saml-providers?limit=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("saml_providers.provider_id"))
                .contains(id);

        huawei().body(Map.of("remove_private_key", keyId))
                .put("/v5/saml-providers/{id}", id)
                .then()
                .statusCode(200)
                .body("saml_provider.private_keys", equalTo(List.of()));
        huawei().body(Map.of("remove_private_key", keyId))
                .put("/v5/saml-providers/{id}", id)
                .then()
                .statusCode(404)
                .body("error_code", equalTo("PAP5.0012"));

        huawei().delete("/v5/saml-providers/{id}", id).then().statusCode(204);
        huawei().get("/v5/saml-providers/{id}", id).then().statusCode(404).body("error_code", equalTo("PAP5.0012"));
    }

    @Test
    void refusesInvalidBodiesAndDuplicates() {
        String metadata = IDP.metadata(VALID_UNTIL);
        assertInvalid(Map.of("saml_metadata_document", metadata), "IAM.0072", "'name'");
        assertInvalid(Map.of("name", "n"), "IAM.0072", "'saml_metadata_document'");
        assertInvalid(Map.of("name", "n", "saml_metadata_document", "<x/>"), "IAM.0073", "saml_metadata_document");
        assertInvalid(
                Map.of("name", "n", "saml_metadata_document", metadata.replace("IDPSSODescriptor", "SPSSODescriptor")),
                "IAM.0073",
                "IDPSSODescriptor");
        assertInvalid(
                Map.of(
                        "name",
                        "n",
                        "saml_metadata_document",
                        "<!DOCTYPE x [<!ENTITY e \"e\">]>" + metadata.substring(metadata.indexOf("<md:"))),
                "IAM.0073",
                "DTD");
        assertInvalid(
                Map.of("name", "n", "saml_metadata_document", metadata, "assertion_encryption_mode", "Never"),
                "IAM.0073",
                "assertion_encryption_mode");
        assertInvalid(
                Map.of("name", "n", "saml_metadata_document", metadata, "add_private_key", "secret"),
                "IAM.0073",
                "add_private_key");
        assertInvalid(Map.of("name", "a b", "saml_metadata_document", metadata), "IAM.0073", "'name'");

        String name = uniqueName("dup");
        huawei().body(Map.of("name", name, "saml_metadata_document", metadata))
                .post("/v5/saml-providers")
                .then()
                .statusCode(201);
        String id = huawei().body(Map.of("name", name, "saml_metadata_document", metadata))
                .post("/v5/saml-providers")
                .then()
                .statusCode(409)
                .body("error_code", equalTo("IAM.0005"))
                .extract()
                .path("saml_provider.provider_id");
        assertThat(id).isNull();
        huawei().body(Map.of("remove_private_key", "short"))
                .put("/v5/saml-providers/{id}", "0".repeat(32))
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        huawei().body(Map.of())
                .put("/v5/saml-providers/{id}", "0".repeat(32))
                .then()
                .statusCode(404)
                .body("error_code", equalTo("PAP5.0012"));
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
                .get("/v5/saml-providers")
                .then()
                .statusCode(403)
                .body("error_code", equalTo("PAP5.0001"));
        grant(userId, "iam:samlProviders:listV5");
        huaweiAs(key.get("access_key_id"), key.get("secret_access_key"))
                .get("/v5/saml-providers")
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
        huaweiAs(ak, sk)
                .body(Map.of(
                        "name",
                        "sso",
                        "saml_metadata_document",
                        IDP.metadata(VALID_UNTIL),
                        "add_private_key",
                        PRIVATE_KEY))
                .post("/v5/saml-providers")
                .then()
                .statusCode(201);

        control().post("/_emulator/reset?account_id=" + accountId).then().statusCode(200);

        assertThat(huaweiAs(ak, sk)
                        .get("/v5/saml-providers")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("saml_providers"))
                .isEmpty();
        control().delete("/_emulator/accounts/{id}", accountId).then().statusCode(204);
    }

    private void assertInvalid(Map<String, String> body, String code, String message) {
        huawei().body(body)
                .post("/v5/saml-providers")
                .then()
                .statusCode(400)
                .body("error_code", equalTo(code))
                .body("error_msg", containsString(message));
    }
}
