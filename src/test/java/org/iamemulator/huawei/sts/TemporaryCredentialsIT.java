package org.iamemulator.huawei.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.Ids;
import org.iamemulator.core.credential.TemporaryCredentials;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSigningFilter;
import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Requests signed with temporary credentials act as their assumed-agency session, only with the signed
 * X-Security-Token issued with the key and only until it expires; GetCallerIdentity says who a request acts as.
 */
@Import(MovableClock.Config.class)
class TemporaryCredentialsIT extends EmulatorIntegrationTest {

    private static final String REQUEST_ID = "[0-9a-f]{32}";

    @Autowired
    TemporaryCredentials temporaryCredentials;

    @Autowired
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aUserIsItsUrnAndId() {
        String name = uniqueName("caller");
        String userId = givenUser(name, Map.of());
        JsonPath key = huawei().post("/v5/users/{id}/access-keys", userId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();

        huaweiAs(key.getString("access_key.access_key_id"), key.getString("access_key.secret_access_key"))
                .get("/v5/caller-identity")
                .then()
                .statusCode(200)
                .body("size()", equalTo(3))
                .body("account_id", equalTo(properties.accountId()))
                .body("principal_urn", equalTo("iam::" + properties.accountId() + ":user:" + name))
                .body("principal_id", equalTo(userId));
    }

    @Test
    void theRootUserIsItsUserUrn() {
        huawei().get("/v5/caller-identity")
                .then()
                .statusCode(200)
                .body("account_id", equalTo(properties.accountId()))
                .body("principal_urn", equalTo("iam::" + properties.accountId() + ":user:" + properties.accountName()));
    }

    @Test
    void aSessionIsItsAssumedAgencyUrnAndAgencySessionIdAlsoInTheJournal() {
        String agencyId = Ids.random();
        TemporaryCredentials.Issued issued = issue(properties.accountId(), agencyId, "ci-session");

        sessionRequest(issued)
                .get("/v5/caller-identity")
                .then()
                .statusCode(200)
                .body("account_id", equalTo(properties.accountId()))
                .body(
                        "principal_urn",
                        equalTo("sts::" + properties.accountId() + ":assumed-agency:deployer/ci-session"))
                .body("principal_id", equalTo(agencyId + ":ci-session"));

        control()
                .get("/_emulator/requests?principal={id}", agencyId + ":ci-session")
                .then()
                .statusCode(200)
                .body(
                        "requests[0].principal",
                        equalTo("sts::" + properties.accountId() + ":assumed-agency:deployer/ci-session"))
                .body("requests[0].path", equalTo("/v5/caller-identity"));
    }

    @Test
    void temporaryCredentialsHaveTheShapesOfPermanentOnes() {
        TemporaryCredentials.Issued issued = issue(properties.accountId(), Ids.random(), "shapes");

        assertThat(issued.accessKeyId()).matches("STS[A-Z0-9]{17}");
        assertThat(issued.secretKey()).matches("[A-Za-z0-9]{40}");
        assertThat(issued.securityToken().length()).isLessThanOrEqualTo(4096);
    }

    @Test
    void aSessionHasNoPasswordToChange() {
        TemporaryCredentials.Issued issued = issue(properties.accountId(), Ids.random(), "no-password");

        sessionRequest(issued)
                .body(Map.of("old_password", "Old-Passw0rd", "new_password", "New-Passw0rd-1"))
                .post("/v5/caller-password")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("PAP5.0040"))
                .body("request_id", matchesPattern(REQUEST_ID));
    }

    @Test
    void withoutTheSecurityTokenTheKeyIsRefused() {
        TemporaryCredentials.Issued issued = issue(properties.accountId(), Ids.random(), "no-token");

        refused(huaweiAs(issued.accessKeyId(), issued.secretKey())
                        .get("/v5/caller-identity")
                        .then())
                .body("error_msg", containsString("X-Security-Token"));
    }

    @Test
    void anUnsignedSecurityTokenIsRefused() {
        TemporaryCredentials.Issued issued = issue(properties.accountId(), Ids.random(), "unsigned");

        refused(unsigned()
                        .filter(HuaweiSigningFilter.with(issued.accessKeyId(), issued.secretKey())
                                .withUnsignedSecurityToken(issued.securityToken()))
                        .get("/v5/caller-identity")
                        .then())
                .body("error_msg", containsString("X-Security-Token"));
    }

    @Test
    void aTamperedSecurityTokenIsRefused() {
        TemporaryCredentials.Issued issued = issue(properties.accountId(), Ids.random(), "tampered");
        String token = issued.securityToken();
        String tampered = token.substring(0, 10) + (token.charAt(10) == 'x' ? 'y' : 'x') + token.substring(11);

        refused(unsigned()
                        .filter(HuaweiSigningFilter.with(issued.accessKeyId(), issued.secretKey())
                                .withSecurityToken(tampered))
                        .get("/v5/caller-identity")
                        .then())
                .body("error_msg", equalTo("Incorrect IAM authentication information: verify security token fail"));
    }

    @Test
    void theSecurityTokenOfAnotherKeyIsRefused() {
        TemporaryCredentials.Issued mine = issue(properties.accountId(), Ids.random(), "mine");
        TemporaryCredentials.Issued other = issue(properties.accountId(), Ids.random(), "other");

        refused(unsigned()
                        .filter(HuaweiSigningFilter.with(mine.accessKeyId(), mine.secretKey())
                                .withSecurityToken(other.securityToken()))
                        .get("/v5/caller-identity")
                        .then())
                .body("error_msg", equalTo("Incorrect IAM authentication information: verify security token fail"));
    }

    @Test
    void aPermanentKeyWithASecurityTokenIsRefused() {
        TemporaryCredentials.Issued issued = issue(properties.accountId(), Ids.random(), "permanent");

        refused(unsigned()
                .filter(HuaweiSigningFilter.with(
                                properties.root().accessKey(), properties.root().secretKey())
                        .withSecurityToken(issued.securityToken()))
                .get("/v5/caller-identity")
                .then());
    }

    @Test
    void expiredCredentialsAreRefused() {
        TemporaryCredentials.Issued issued = issue(properties.accountId(), Ids.random(), "expiring");
        sessionRequest(issued).get("/v5/caller-identity").then().statusCode(200);

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        refused(unsigned()
                        .filter(HuaweiSigningFilter.at(issued.accessKeyId(), issued.secretKey(), clock.instant())
                                .withSecurityToken(issued.securityToken()))
                        .get("/v5/caller-identity")
                        .then())
                .body(
                        "error_msg",
                        equalTo("Incorrect IAM authentication information: security token expires," + " expires_at: "
                                + issued.expiresAt()));
    }

    @Test
    void aResetOfTheAccountDropsItsTemporaryCredentials() {
        String accountId = control()
                .body(Map.of())
                .post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("account_id");
        TemporaryCredentials.Issued issued = issue(accountId, Ids.random(), "before-reset");
        sessionRequest(issued).get("/v5/caller-identity").then().statusCode(200).body("account_id", equalTo(accountId));

        control().post("/_emulator/reset?account_id=" + accountId).then().statusCode(200);

        refused(sessionRequest(issued).get("/v5/caller-identity").then())
                .body("error_msg", containsString("ak not exist"));
        control().delete("/_emulator/accounts/{id}", accountId).then().statusCode(204);
    }

    @Test
    void aResetOfTheAccountDropsTheSessionsOfItsAgencyTokens() {
        String accountId = control()
                .body(Map.of())
                .post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("account_id");
        String token = temporaryCredentials.agencyToken(issue(accountId, Ids.random(), "token-login"));
        unsigned()
                .header("X-Auth-Token", token)
                .get("/v5/caller-identity")
                .then()
                .statusCode(200)
                .body("account_id", equalTo(accountId));

        control().post("/_emulator/reset?account_id=" + accountId).then().statusCode(200);

        refused(unsigned()
                        .header("X-Auth-Token", token)
                        .get("/v5/caller-identity")
                        .then())
                .body("error_msg", containsString("decrypt token fail"));
        control().delete("/_emulator/accounts/{id}", accountId).then().statusCode(204);
    }

    private TemporaryCredentials.Issued issue(String accountId, String agencyId, String sessionName) {
        return temporaryCredentials.issue(new AgencySession(
                null,
                accountId,
                agencyId,
                "deployer",
                sessionName,
                null,
                List.of(),
                Map.of(),
                List.of(),
                null,
                false,
                null,
                clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1)),
                false));
    }

    private RequestSpecification sessionRequest(TemporaryCredentials.Issued issued) {
        return unsigned()
                .filter(HuaweiSigningFilter.at(issued.accessKeyId(), issued.secretKey(), clock.instant())
                        .withSecurityToken(issued.securityToken()));
    }

    private static ValidatableResponse refused(ValidatableResponse response) {
        return response.statusCode(401)
                .body("error_code", equalTo("APIGW.0301"))
                .body("request_id", matchesPattern(REQUEST_ID));
    }
}
