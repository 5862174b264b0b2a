package org.iamemulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Agencies declared in a seed file: created as declared, brought back by a reset, copied into disposable accounts. */
@TestPropertySource(properties = "emulator.seed=classpath:seeds/agency-seed.yaml")
class SeededAgenciesIT extends EmulatorIntegrationTest {

    @BeforeEach
    void fromTheSeed() {
        control().post("/_emulator/reset").then().statusCode(200);
    }

    @Test
    void theSeedDeclaresTheAgencyWithItsTrustPolicyTagsAndPolicies() {
        JsonPath agency = seededAgency(this::huawei);

        assertThat(agency.getString("agency.urn"))
                .isEqualTo("iam::" + properties.accountId() + ":agency:ci/ci-deployer");
        assertThat(agency.getString("agency.description")).isEqualTo("Deploys from CI");
        assertThat(agency.getInt("agency.max_session_duration")).isEqualTo(7200);
        assertThat(agency.getString("agency.trust_policy"))
                .contains("\"IAM\":[\"iam::" + properties.accountId() + ":root\"]");
        assertThat(agency.getList("agency.tags")).containsExactly(Map.of("tag_key", "team", "tag_value", "dev"));
        huawei().get("/v5/agencies/{id}/attached-policies", agency.getString("agency.agency_id"))
                .then()
                .statusCode(200)
                .body("attached_policies.policy_name", containsInAnyOrder("DeployerRights", "IAMReadOnlyPolicy"));
    }

    @Test
    void aResetRestoresTheSeededAgenciesAndRemovesTheOthers() {
        String seededId = seededAgency(this::huawei).getString("agency.agency_id");
        String created = huawei().body(Map.of(
                        "agency_name",
                        uniqueName("extra"),
                        "trust_policy",
                        seededAgency(this::huawei).getString("agency.trust_policy")))
                .post("/v5/agencies")
                .then()
                .statusCode(201)
                .extract()
                .path("agency.agency_id");
        huawei().body(Map.of("max_session_duration", 3600, "description", "changed"))
                .put("/v5/agencies/{id}", seededId)
                .then()
                .statusCode(200);
        huawei().body(List.of("team"))
                .delete("/v5/agency/{id}/tags/delete", seededId)
                .then()
                .statusCode(200);
        List<String> attached = huawei().get("/v5/agencies/{id}/attached-policies", seededId)
                .then()
                .extract()
                .path("attached_policies.policy_id");
        for (String policyId : attached) {
            huawei().body(Map.of("agency_id", seededId))
                    .post("/v5/policies/{id}/detach-agency", policyId)
                    .then()
                    .statusCode(200);
        }
        huawei().delete("/v5/agencies/{id}", seededId).then().statusCode(204);

        control().post("/_emulator/reset").then().statusCode(200);

        JsonPath restored = seededAgency(this::huawei);
        assertThat(restored.getString("agency.agency_id")).isEqualTo(seededId);
        assertThat(restored.getString("agency.description")).isEqualTo("Deploys from CI");
        assertThat(restored.getInt("agency.max_session_duration")).isEqualTo(7200);
        assertThat(restored.getList("agency.tags")).hasSize(1);
        huawei().get("/v5/agencies/{id}/attached-policies", seededId)
                .then()
                .body("attached_policies.size()", equalTo(2));
        huawei().get("/v5/agencies/{id}", created).then().statusCode(404).body("error_code", equalTo("PAP5.0012"));
    }

    @Test
    void aDisposableAccountGetsItsOwnCopyOfTheAgency() {
        JsonPath account = control()
                .body(Map.of())
                .post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String accountId = account.getString("account_id");
        Supplier<RequestSpecification> copy =
                () -> huaweiAs(account.getString("root_access_key"), account.getString("root_secret_key"));

        JsonPath agency = seededAgency(copy);
        assertThat(agency.getString("agency.urn")).isEqualTo("iam::" + accountId + ":agency:ci/ci-deployer");
        assertThat(agency.getString("agency.trust_policy")).contains("\"IAM\":[\"iam::" + accountId + ":root\"]");
        assertThat(agency.getString("agency.agency_id"))
                .isNotEqualTo(seededAgency(this::huawei).getString("agency.agency_id"));
        copy.get()
                .get("/v5/agencies/{id}/attached-policies", agency.getString("agency.agency_id"))
                .then()
                .body("attached_policies.policy_name", containsInAnyOrder("DeployerRights", "IAMReadOnlyPolicy"));
        control().delete("/_emulator/accounts/{id}", accountId).then().statusCode(204);
    }

    /** The seeded agency as GetAgencyV5 answers it, found by its path; {@code as} signs each request. */
    private static JsonPath seededAgency(Supplier<RequestSpecification> as) {
        String id = as.get()
                .get("/v5/agencies?path_prefix=ci/")
                .then()
                .statusCode(200)
                .body("agencies.agency_name", contains("ci-deployer"))
                .extract()
                .path("agencies[0].agency_id");
        return as.get()
                .get("/v5/agencies/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
