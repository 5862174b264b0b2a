package org.iamemulator.huawei.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.iamemulator.support.IdTokens;
import org.iamemulator.support.SamlIdp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's done-when for federation: an ID token minted with a test key, and a SAML Response signed with a test
 * certificate, assume an agency whose trust policy allows the provider (unsigned calls); the temporary credentials
 * read a dev user through the official SDK and are refused an ops user. Every refusal has its status and code.
 */
class FederatedAssumeIT extends EmulatorIntegrationTest {

    private static final String DEV_READER = """
            {"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:users:getUserV5"],
             "Resource":["iam::%s:user:*"],"Condition":{"StringEquals":{"g:ResourceTag/team":["dev"]}}}]}""";
    private static final String TRUST = """
            {"Version":"5.0","Statement":[{"Effect":"Allow","Principal":{"Identity_provider":["%s"]},
             "Action":["sts:agencies:assume"],"Condition":{"StringEquals":{"%s":["%s"]}}}]}""";
    private static final IdTokens KEY = IdTokens.rsa("ci-key");
    private static final SamlIdp IDP = SamlIdp.load("https://idp.example.test/saml", "idp.p12");

    private String account;
    private String devId;
    private String opsId;

    @BeforeEach
    void twoTeams() {
        account = properties.accountId();
        devId = givenUser(uniqueName("dev"), Map.of("team", "dev"));
        opsId = givenUser(uniqueName("ops"), Map.of("team", "ops"));
    }

    @Test
    void anOidcTokenAssumesAnAgencyThatTrustsItsProvider() {
        String issuer = "https://token.example.test/" + uniqueName("ci");
        String providerUrn = oidcProvider(issuer);
        String agencyUrn = agency(TRUST.formatted(providerUrn, "oidc:sub", "repo:org/app"), 7200);

        JsonPath assumed = assumeWithOidc(providerUrn, agencyUrn, KEY.sign(claims(issuer, "repo:org/app")), 1800)
                .statusCode(200)
                .body("subject_from_id_token", equalTo("repo:org/app"))
                .body("audience", equalTo("sts.example"))
                .body("provider", equalTo(providerUrn))
                .body("assumed_agency.urn", containsString(":assumed-agency:"))
                .body("credentials.access_key_id", matchesPattern("[A-Z0-9]{20}"))
                .extract()
                .jsonPath();
        assertThat(Duration.between(Instant.now(), Instant.parse(assumed.getString("credentials.expiration"))))
                .isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));
        readsDevAndIsRefusedOps(assumed);
    }

    @Test
    void oidcRefusals() {
        String issuer = "https://token.example.test/" + uniqueName("ci");
        String providerUrn = oidcProvider(issuer);
        String agencyUrn = agency(TRUST.formatted(providerUrn, "oidc:sub", "repo:org/app"), 3600);
        String good = KEY.sign(claims(issuer, "repo:org/app"));

        assertInvalid(
                assumeWithOidc(
                        providerUrn, agencyUrn, IdTokens.rsa("ci-key").sign(claims(issuer, "repo:org/app")), null),
                "id_token",
                "signature");
        Map<String, Object> otherAudience = claims(issuer, "repo:org/app");
        otherAudience.put("aud", "someone-else");
        assertInvalid(assumeWithOidc(providerUrn, agencyUrn, KEY.sign(otherAudience), null), "id_token", "aud");
        Map<String, Object> expired = claims(issuer, "repo:org/app");
        expired.put("exp", Instant.now().minusSeconds(300).getEpochSecond());
        assertInvalid(assumeWithOidc(providerUrn, agencyUrn, KEY.sign(expired), null), "id_token", "exp");
        assertInvalid(assumeWithOidc(providerUrn, agencyUrn, good, 7200), "duration_seconds", "max_session_duration");
        unsigned()
                .body(Map.of("provider_urn", providerUrn, "agency_urn", agencyUrn, "agency_session_name", "ci"))
                .post("/v5/agencies/assume-with-oidc")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"));

        String refusal = assumeWithOidc(providerUrn, agencyUrn, KEY.sign(claims(issuer, "repo:org/other")), null)
                .statusCode(403)
                .body("error_code", equalTo("PAP5.0001"))
                .body("error_msg", containsString("trust policy"))
                .extract()
                .path("encoded_authorization_message");
        // the agency's account decodes why: the trust policy, the token's subject
        assertThat(huawei().body(Map.of("encoded_message", refusal))
                        .post("/v5/decode-authorization-message")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<String>path("decoded_message"))
                .contains("\"failure\":\"implicit deny by trust policy\"")
                .contains("\"oidc:sub\":[\"repo:org/other\"]");
        assumeWithOidc(providerUrn.replace(":oidc-provider:", ":oidc-provider:x"), agencyUrn, good, null)
                .statusCode(404)
                .body("error_code", equalTo("PAP5.0012"));
        assumeWithOidc(providerUrn, agencyUrn + "x", good, null)
                .statusCode(404)
                .body("error_code", equalTo("PAP5.0012"));
    }

    @Test
    void aSignedSamlAssertionAssumesAnAgencyThatTrustsItsProvider() throws Exception {
        String name = uniqueName("sso");
        String providerUrn = huawei().body(Map.of(
                        "name",
                        name,
                        "saml_metadata_document",
                        IDP.metadata(Instant.now().plus(Duration.ofDays(30)))))
                .post("/v5/saml-providers")
                .then()
                .statusCode(201)
                .extract()
                .path("saml_provider.urn");
        String agencyUrn = agency(TRUST.formatted(providerUrn, "saml:sub", "alice"), 7200);
        String response =
                SamlIdp.encode(IDP.sign(SamlIdp.assertion(IDP.response("alice", Instant.now(), SamlIdp.SP, 1200))));

        String qualifier = Base64.getEncoder()
                .encodeToString(MessageDigest.getInstance("SHA-1")
                        .digest((IDP.entityId() + account + "/" + name).getBytes(StandardCharsets.UTF_8)));
        JsonPath assumed = assumeWithSaml(providerUrn, agencyUrn, response)
                .statusCode(200)
                .body("issuer", equalTo(IDP.entityId()))
                .body("subject", equalTo("alice"))
                .body("subject_type", equalTo("persistent"))
                .body("audience", equalTo(SamlIdp.SP))
                .body("name_qualifier", equalTo(qualifier))
                .extract()
                .jsonPath();
        // the assertion's SessionDuration (1200 s) caps the default 3600 s
        assertThat(Duration.between(Instant.now(), Instant.parse(assumed.getString("credentials.expiration"))))
                .isBetween(Duration.ofMinutes(19), Duration.ofMinutes(21));
        readsDevAndIsRefusedOps(assumed);

        String unsignedResponse = SamlIdp.encode(IDP.response("alice", Instant.now(), SamlIdp.SP, 1200));
        assertInvalid(assumeWithSaml(providerUrn, agencyUrn, unsignedResponse), "saml_assertion", "signed");
        assumeWithSaml(
                        providerUrn,
                        agencyUrn,
                        SamlIdp.encode(
                                IDP.sign(SamlIdp.assertion(IDP.response("bob", Instant.now(), SamlIdp.SP, 1200)))))
                .statusCode(403)
                .body("error_code", equalTo("PAP5.0001"));
        assumeWithSaml(providerUrn + "x", agencyUrn, response).statusCode(404).body("error_code", equalTo("PAP5.0012"));
    }

    private void readsDevAndIsRefusedOps(JsonPath assumed) {
        IamClient session = HuaweiSdk.iamClient(
                baseUri,
                assumed.getString("credentials.access_key_id"),
                assumed.getString("credentials.secret_access_key"),
                assumed.getString("credentials.security_token"),
                account);
        assertThat(session.showUserV5(new ShowUserV5Request().withUserId(devId))
                        .getUser()
                        .getUserId())
                .isEqualTo(devId);
        ClientRequestException refused = catchThrowableOfType(
                ClientRequestException.class, () -> session.showUserV5(new ShowUserV5Request().withUserId(opsId)));
        assertThat(refused.getHttpStatusCode()).isEqualTo(403);
        assertThat(refused.getErrorCode()).isEqualTo("PAP5.0001");
    }

    private String oidcProvider(String issuer) {
        return huawei().body(Map.of(
                        "name",
                        uniqueName("ci"),
                        "url",
                        issuer,
                        "client_ids",
                        List.of("sts.example"),
                        "jwks",
                        IdTokens.jwks(KEY)))
                .post("/v5/oidc-providers")
                .then()
                .statusCode(201)
                .extract()
                .path("oidc_provider.urn");
    }

    /** A trust agency with the dev-reader policy attached; its URN. */
    private String agency(String trustPolicy, int maxSessionDuration) {
        JsonPath agency = huawei().body(Map.of(
                        "agency_name",
                        uniqueName("fed"),
                        "trust_policy",
                        trustPolicy,
                        "max_session_duration",
                        maxSessionDuration))
                .post("/v5/agencies")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String policyId = huawei().body(
                        Map.of("policy_name", uniqueName("dev"), "policy_document", DEV_READER.formatted(account)))
                .post("/v5/policies")
                .then()
                .statusCode(201)
                .extract()
                .path("policy.policy_id");
        huawei().body(Map.of("agency_id", agency.getString("agency.agency_id")))
                .post("/v5/policies/{id}/attach-agency", policyId)
                .then()
                .statusCode(200);
        return agency.getString("agency.urn");
    }

    private ValidatableResponse assumeWithOidc(
            String providerUrn, String agencyUrn, String token, Integer durationSeconds) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "provider_urn", providerUrn, "agency_urn", agencyUrn, "agency_session_name", "ci", "id_token", token));
        if (durationSeconds != null) {
            body.put("duration_seconds", durationSeconds);
        }
        return unsigned().body(body).post("/v5/agencies/assume-with-oidc").then();
    }

    private ValidatableResponse assumeWithSaml(String providerUrn, String agencyUrn, String response) {
        return unsigned()
                .body(Map.of(
                        "provider_urn",
                        providerUrn,
                        "agency_urn",
                        agencyUrn,
                        "agency_session_name",
                        "sso",
                        "saml_assertion",
                        response))
                .post("/v5/agencies/assume-with-saml")
                .then();
    }

    private static void assertInvalid(ValidatableResponse response, String field, String reason) {
        response.statusCode(400)
                .body("error_code", equalTo("IAM.0073"))
                .body("error_msg", containsString("'" + field + "'"))
                .body("error_msg", containsString(reason));
    }

    private static Map<String, Object> claims(String issuer, String subject) {
        Instant now = Instant.now();
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("aud", "sts.example");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(600).getEpochSecond());
        return claims;
    }
}
