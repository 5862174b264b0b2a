package org.iamemulator.huawei.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.iamemulator.huawei.sts.AssumeAgencyIT.DEV_READER;
import static org.iamemulator.huawei.sts.AssumeAgencyIT.attach;
import static org.iamemulator.huawei.sts.AssumeAgencyIT.createPolicy;
import static org.iamemulator.huawei.sts.AssumeAgencyIT.givenAgency;
import static org.iamemulator.huawei.sts.AssumeAgencyIT.trusting;

import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.TrustAgency;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The token login for an agency ({@code assume_role}): a user's password-login token assumes an agency trusting it;
 * the new token acts as the agency session (reads a dev user, is refused an ops user) until it expires, and is
 * refused as AssumeAgency refuses.
 */
@Import(MovableClock.Config.class)
class AgencyTokenLoginIT extends EmulatorIntegrationTest {

    private static final String PASSWORD = "Passw0rd-Test";

    @Autowired
    MovableClock clock;

    private IamClient root;
    private String account;
    private String assumerName;
    private String assumerId;
    private String assumerToken;
    private String devId;
    private String opsId;

    @BeforeEach
    void anAssumerLoggedInAndTwoTeams() {
        account = properties.accountId();
        root = rootIamClient();
        devId = givenUser(uniqueName("dev"), Map.of("team", "dev"));
        opsId = givenUser(uniqueName("ops"), Map.of("team", "ops"));
        assumerName = uniqueName("assumer");
        assumerId = givenUser(assumerName, Map.of());
        givenPassword(assumerId, PASSWORD);
        grant(assumerId, "sts:agencies:assume");
        assumerToken = passwordLogin().then().statusCode(201).extract().header("X-Subject-Token");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theAgencyTokenReadsADevUserAndIsRefusedAnOpsUser() {
        TrustAgency agency = givenAgency(root, trusting("iam::" + account + ":user:" + assumerName), 3600);
        attach(root, createPolicy(root, DEV_READER.formatted(account)), agency.getAgencyId());

        Response login = assumeRole(assumerToken, agency.getAgencyName(), Map.of("session_user", Map.of("name", "ci")));
        login.then()
                .statusCode(201)
                .body("token.methods", equalTo(List.of("assume_role")))
                .body("token.user.id", equalTo(agency.getAgencyId()))
                .body("token.user.name", equalTo(properties.accountName() + "/" + agency.getAgencyName()))
                .body("token.user.domain.id", equalTo(account))
                .body("token.user", not(hasKey("password_expires_at")))
                .body("token.assumed_by.user.id", equalTo(assumerId))
                .body("token.assumed_by.user.name", equalTo(assumerName))
                .body("token.assumed_by.user.domain.name", equalTo(properties.accountName()));
        assertThat(Duration.between(
                        OffsetDateTime.parse(login.path("token.issued_at")),
                        OffsetDateTime.parse(login.path("token.expires_at"))))
                .isBetween(Duration.ofHours(1), Duration.ofHours(1).plusSeconds(1));
        String token = login.header("X-Subject-Token");

        unsigned()
                .header("X-Auth-Token", token)
                .get("/v5/users/{id}", devId)
                .then()
                .statusCode(200)
                .body("user.user_id", equalTo(devId));
        unsigned()
                .header("X-Auth-Token", token)
                .get("/v5/users/{id}", opsId)
                .then()
                .statusCode(403)
                .body("error_code", equalTo("PAP5.0001"))
                .body(
                        "error_msg",
                        containsString("sts::" + account + ":assumed-agency:" + agency.getAgencyName() + "/ci"));
        callerIdentity(token).statusCode(200).body("principal_id", equalTo(agency.getAgencyId() + ":ci"));
    }

    @Test
    void theSessionIsNamedAfterTheUserWhenTheLoginNamesNone() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);

        String token = agencyToken(agency.getAgencyName(), Map.of("domain_id", account));

        callerIdentity(token).statusCode(200).body("principal_id", equalTo(agency.getAgencyId() + ":" + assumerName));
    }

    @Test
    void theTokenExpiresWithTheSession() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);
        String token = agencyToken(agency.getAgencyName(), Map.of("duration_seconds", 900));
        callerIdentity(token).statusCode(200);

        clock.advance(Duration.ofSeconds(901));

        callerIdentity(token).statusCode(401).body("error_msg", containsString("token expires"));
    }

    @Test
    void aTrustPolicyThatDoesNotTrustTheUserIs403() {
        TrustAgency agency = givenAgency(root, trusting("iam::" + account + ":user:somebody-else"), 3600);

        assumeRole(assumerToken, agency.getAgencyName(), Map.of())
                .then()
                .statusCode(403)
                .body("error_code", equalTo("PAP5.0001"));
    }

    @Test
    void noOrAnInvalidTokenIs401() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);

        assumeRole(null, agency.getAgencyName(), Map.of()).then().statusCode(401);
        assumeRole("MIInot-a-token", agency.getAgencyName(), Map.of())
                .then()
                .statusCode(401)
                .body("error_msg", containsString("decrypt token fail"));
    }

    @Test
    void anUnknownAgencyOrAccountIs404() {
        assumeRole(assumerToken, "missing-agency", Map.of())
                .then()
                .statusCode(404)
                .body("error_code", equalTo("PAP5.0012"));
        assumeRole(assumerToken, "missing-agency", Map.of("domain_name", "no-such-account"))
                .then()
                .statusCode(404);
    }

    @Test
    void inputErrorsAre400() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);

        assumeRole(assumerToken, null, Map.of())
                .then()
                .statusCode(400)
                .body("error_msg", containsString("agency_name"));
        assumeRole(assumerToken, agency.getAgencyName(), Map.of("duration_seconds", 899))
                .then()
                .statusCode(400)
                .body("error_msg", containsString("duration_seconds"));
        assumeRole(assumerToken, agency.getAgencyName(), Map.of("duration_seconds", 7200))
                .then()
                .statusCode(400)
                .body("error_msg", containsString("max_session_duration"));
    }

    /** The token of an assume_role login by the assumer. */
    private String agencyToken(String agencyName, Map<String, Object> extra) {
        return assumeRole(assumerToken, agencyName, extra)
                .then()
                .statusCode(201)
                .extract()
                .header("X-Subject-Token");
    }

    private ValidatableResponse callerIdentity(String token) {
        return unsigned()
                .header("X-Auth-Token", token)
                .get("/v5/caller-identity")
                .then();
    }

    /** An assume_role login with {@code token} (none when null); {@code extra} adds to or replaces the defaults. */
    private Response assumeRole(String token, String agencyName, Map<String, Object> extra) {
        Map<String, Object> assumeRole = new HashMap<>();
        assumeRole.put("domain_name", properties.accountName());
        if (agencyName != null) {
            assumeRole.put("agency_name", agencyName);
        }
        assumeRole.putAll(extra);
        if (assumeRole.containsKey("domain_id")) {
            assumeRole.remove("domain_name");
        }
        var request = unsigned();
        if (token != null) {
            request = request.header("X-Auth-Token", token);
        }
        return request.body(Map.of(
                        "auth",
                        Map.of(
                                "identity",
                                Map.of("methods", List.of("assume_role"), "assume_role", assumeRole),
                                "scope",
                                Map.of("domain", Map.of("name", properties.accountName())))))
                .post("/v3/auth/tokens");
    }

    private Response passwordLogin() {
        Map<String, Object> user =
                Map.of("name", assumerName, "password", PASSWORD, "domain", Map.of("name", properties.accountName()));
        return unsigned()
                .body(Map.of(
                        "auth",
                        Map.of("identity", Map.of("methods", List.of("password"), "password", Map.of("user", user)))))
                .post("/v3/auth/tokens");
    }
}
