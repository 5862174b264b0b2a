package org.iamemulator.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** OIDC and SAML providers declared in a seed file: created as declared, brought back by a reset, copied. */
@TestPropertySource(properties = "emulator.seed=classpath:seeds/federation-seed.yaml")
class SeededIdentityProvidersIT extends EmulatorIntegrationTest {

    @BeforeEach
    void fromTheSeed() {
        control().post("/_emulator/reset").then().statusCode(200);
    }

    @Test
    void theSeedDeclaresTheProvidersAndAResetRestoresThem() {
        JsonPath oidc = only(huawei(), "oidc");
        assertThat(oidc.getString("oidc_providers[0].urn"))
                .isEqualTo("iam::" + properties.accountId() + ":oidc-provider:ci");
        assertThat(oidc.getList("oidc_providers[0].client_ids")).containsExactly("sts.example");
        String oidcId = oidc.getString("oidc_providers[0].provider_id");
        assertThat(huawei().get("/v5/oidc-providers/{id}", oidcId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("oidc_provider.tags"))
                .containsExactly(Map.of("tag_key", "team", "tag_value", "ci"));
        JsonPath saml = only(huawei(), "saml");
        assertThat(saml.getString("saml_providers[0].expires_at")).isEqualTo("2099-01-01T00:00:00Z");
        String samlId = saml.getString("saml_providers[0].provider_id");

        huawei().delete("/v5/oidc-providers/{id}", oidcId).then().statusCode(204);
        huawei().delete("/v5/saml-providers/{id}", samlId).then().statusCode(204);
        huawei().body(Map.of("name", "extra", "url", "https://extra.example", "client_ids", List.of("c")))
                .post("/v5/oidc-providers")
                .then()
                .statusCode(201);

        control().post("/_emulator/reset").then().statusCode(200);

        assertThat(only(huawei(), "oidc").getString("oidc_providers[0].provider_id"))
                .isEqualTo(oidcId);
        assertThat(only(huawei(), "saml").getString("saml_providers[0].provider_id"))
                .isEqualTo(samlId);
    }

    @Test
    void aDisposableAccountGetsItsOwnCopyOfTheProviders() {
        JsonPath account = control()
                .body(Map.of())
                .post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String accountId = account.getString("account_id");
        RequestSpecification copy =
                huaweiAs(account.getString("root_access_key"), account.getString("root_secret_key"));

        assertThat(only(copy, "oidc").getString("oidc_providers[0].urn"))
                .isEqualTo("iam::" + accountId + ":oidc-provider:ci");
        control().delete("/_emulator/accounts/{id}", accountId).then().statusCode(204);
    }

    private static JsonPath only(RequestSpecification as, String kind) {
        JsonPath list = as.get("/v5/" + kind + "-providers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(list.getList(kind + "_providers")).hasSize(1);
        return list;
    }
}
