package org.iamemulator.huawei.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.AttachAgencyPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.AttachAgencyPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateAgencyReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateAgencyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.DetachAgencyPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.DetachAgencyPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.TrustAgency;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.iamemulator.support.HuaweiSigningFilter;
import org.iamemulator.support.MovableClock;
import org.iamemulator.support.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Issue 14's done-when for IAM users, through raw signed HTTP for STS and the official SDK for the v5 operations: an
 * agency trusted by a user, allowed to read team=dev users, assumed; the temporary credentials read a dev user and
 * are refused an ops user; they expire, a tampered token is refused, chaining is capped at an hour, and an agency of
 * another account is assumed only when both sides allow it.
 */
@Import(MovableClock.Config.class)
class AssumeAgencyIT extends EmulatorIntegrationTest {

    static final String DEV_READER = """
            {"Version":"5.0","Statement":[{"Sid":"ReadDev","Effect":"Allow","Action":["iam:users:getUserV5"],
             "Resource":["iam::%s:user:*"],"Condition":{"StringEquals":{"g:ResourceTag/team":["dev"]}}}]}""";
    private static final String ASSUME_ANY = """
            {"Version":"5.0","Statement":[{"Effect":"Allow","Action":["sts:agencies:assume"]}]}""";

    @Autowired
    MovableClock clock;

    private IamClient root;
    private String account;
    private String assumerName;
    private String assumerId;
    private String assumerKey;
    private String assumerSecret;
    private String devId;
    private String opsId;

    @BeforeEach
    void anAssumerAndTwoTeams() {
        account = properties.accountId();
        root = HuaweiSdk.iamClient(
                baseUri, properties.root().accessKey(), properties.root().secretKey(), account);
        devId = givenUser(uniqueName("dev"), Map.of("team", "dev"));
        opsId = givenUser(uniqueName("ops"), Map.of("team", "ops"));
        assumerName = uniqueName("assumer");
        assumerId = givenUser(assumerName, Map.of());
        var key = root.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(assumerId))
                .getAccessKey();
        assumerKey = key.getAccessKeyId();
        assumerSecret = key.getSecretAccessKey();
        grant(assumerId, "sts:agencies:assume");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theTemporaryCredentialsReadADevUserAndAreRefusedAnOpsUser() {
        TrustAgency agency = givenAgency(root, trusting("iam::" + account + ":user:" + assumerName), 3600);
        attach(root, createPolicy(root, DEV_READER.formatted(account)), agency.getAgencyId());

        JsonPath assumed = assume(asAssumer(), Map.of("agency_urn", agency.getUrn(), "agency_session_name", "ci"))
                .statusCode(200)
                .body(
                        "assumed_agency.urn",
                        equalTo("sts::" + account + ":assumed-agency:" + agency.getAgencyName() + "/ci"))
                .body("assumed_agency.id", equalTo(agency.getAgencyId() + ":ci"))
                .body("credentials.access_key_id", matchesPattern("[A-Z0-9]{20}"))
                .body("credentials.secret_access_key", matchesPattern("[A-Za-z0-9]{40}"))
                .body("credentials.expiration", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"))
                .body("$", not(hasKey("source_identity")))
                .extract()
                .jsonPath();
        assertThat(Duration.between(Instant.now(), Instant.parse(assumed.getString("credentials.expiration"))))
                .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));
        IamClient session = sessionClient(assumed);

        assertThat(session.showUserV5(new ShowUserV5Request().withUserId(devId))
                        .getUser()
                        .getUserId())
                .isEqualTo(devId);
        ClientRequestException refused = catchThrowableOfType(
                ClientRequestException.class, () -> session.showUserV5(new ShowUserV5Request().withUserId(opsId)));
        assertThat(refused.getHttpStatusCode()).isEqualTo(403);
        assertThat(refused.getErrorCode()).isEqualTo("PAP5.0001");
        assertThat(refused.getErrorMsg()).contains("sts::" + account + ":assumed-agency:");
        sessionRequest(assumed)
                .get("/v5/caller-identity")
                .then()
                .statusCode(200)
                .body("principal_id", equalTo(agency.getAgencyId() + ":ci"));
    }

    @Test
    void expiredCredentialsAreRefusedInTheGatewaysFormat() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);
        JsonPath assumed = assume(
                        asAssumer(),
                        Map.of("agency_urn", agency.getUrn(), "agency_session_name", "short", "duration_seconds", 900))
                .statusCode(200)
                .extract()
                .jsonPath();

        clock.advance(Duration.ofSeconds(901));

        sessionRequest(assumed)
                .get("/v5/caller-identity")
                .then()
                .statusCode(401)
                .body("error_code", equalTo("APIGW.0301"))
                .body("error_msg", containsString("security token expires, expires_at: "))
                .body("request_id", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void aTamperedSecurityTokenIsRefusedThroughTheSdk() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);
        attach(root, createPolicy(root, DEV_READER.formatted(account)), agency.getAgencyId());
        JsonPath assumed = assume(asAssumer(), Map.of("agency_urn", agency.getUrn(), "agency_session_name", "tampered"))
                .statusCode(200)
                .extract()
                .jsonPath();
        String token = assumed.getString("credentials.security_token");
        String tampered = token.substring(0, 5) + (token.charAt(5) == 'Q' ? 'R' : 'Q') + token.substring(6);
        IamClient session = HuaweiSdk.iamClient(
                baseUri,
                assumed.getString("credentials.access_key_id"),
                assumed.getString("credentials.secret_access_key"),
                tampered,
                account);

        ClientRequestException refused = catchThrowableOfType(
                ClientRequestException.class, () -> session.showUserV5(new ShowUserV5Request().withUserId(devId)));

        assertThat(refused.getHttpStatusCode()).isEqualTo(401);
        assertThat(refused.getErrorCode()).isEqualTo("APIGW.0301");
        assertThat(refused.getErrorMsg())
                .isEqualTo("Incorrect IAM authentication information: verify security" + " token fail");
    }

    @Test
    void aSessionAssumesAnotherAgencyForAtMostAnHour() {
        TrustAgency first = givenAgency(root, trusting(account), 3600);
        TrustAgency second = givenAgency(root, trusting(account), 43200);
        attach(root, createPolicy(root, ASSUME_ANY), first.getAgencyId());
        JsonPath firstSession = assume(
                        asAssumer(), Map.of("agency_urn", first.getUrn(), "agency_session_name", "first"))
                .statusCode(200)
                .extract()
                .jsonPath();

        assume(
                        sessionRequest(firstSession),
                        Map.of(
                                "agency_urn",
                                second.getUrn(),
                                "agency_session_name",
                                "second",
                                "duration_seconds",
                                3601))
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"))
                .body("error_msg", containsString("at most 3600 seconds"));
        JsonPath chained = assume(
                        sessionRequest(firstSession),
                        Map.of(
                                "agency_urn",
                                second.getUrn(),
                                "agency_session_name",
                                "second",
                                "duration_seconds",
                                3600))
                .statusCode(200)
                .extract()
                .jsonPath();

        sessionRequest(chained)
                .get("/v5/caller-identity")
                .then()
                .statusCode(200)
                .body(
                        "principal_urn",
                        equalTo("sts::" + account + ":assumed-agency:" + second.getAgencyName() + "/second"));
    }

    @Test
    void aSessionPolicyNarrowsTheAgencysPermissions() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);
        attach(root, createPolicy(root, DEV_READER.formatted(account)), agency.getAgencyId());
        String listOnly = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":[\"iam:users:listUsersV5\"]}]}";
        JsonPath assumed = assume(
                        asAssumer(),
                        Map.of("agency_urn", agency.getUrn(), "agency_session_name", "narrow", "policy", listOnly))
                .statusCode(200)
                .extract()
                .jsonPath();

        ClientRequestException refused = catchThrowableOfType(
                ClientRequestException.class,
                () -> sessionClient(assumed).showUserV5(new ShowUserV5Request().withUserId(devId)));

        assertThat(refused.getHttpStatusCode()).isEqualTo(403);
        assertThat(refused.getErrorMsg()).contains("because no session policy allows it");
        assertThat(decode(refused.getEncodedAuthorizationMessage()))
                .contains("\"failure\":\"implicit deny by session policy\"");
    }

    @Test
    void sessionTagsArePrincipalTagsAndNeedTheTrustPolicysTagSession() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);
        attach(root, createPolicy(root, """
                {"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:users:getUserV5"],
                 "Condition":{"StringEquals":{"g:PrincipalTag/team":["dev"]}}}]}"""), agency.getAgencyId());
        TrustAgency assumeOnly = givenAgency(root, """
                {"Version":"5.0","Statement":[{"Effect":"Allow","Principal":{"IAM":["%s"]},
                 "Action":["sts:agencies:assume"]}]}""".formatted(account), 3600);
        List<Map<String, String>> devTag = List.of(Map.of("key", "team", "value", "dev"));

        assume(asAssumer(), Map.of("agency_urn", assumeOnly.getUrn(), "agency_session_name", "tagged", "tags", devTag))
                .statusCode(403)
                .body("error_code", equalTo("PAP5.0001"))
                .body("error_msg", containsString("sts::tagSession"))
                .body("error_msg", containsString("trust policy"));
        JsonPath untagged = assume(
                        asAssumer(), Map.of("agency_urn", agency.getUrn(), "agency_session_name", "untagged"))
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath tagged = assume(
                        asAssumer(),
                        Map.of("agency_urn", agency.getUrn(), "agency_session_name", "tagged", "tags", devTag))
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(sessionClient(tagged)
                        .showUserV5(new ShowUserV5Request().withUserId(opsId))
                        .getUser()
                        .getUserId())
                .isEqualTo(opsId);
        ClientRequestException refused = catchThrowableOfType(
                ClientRequestException.class,
                () -> sessionClient(untagged).showUserV5(new ShowUserV5Request().withUserId(opsId)));
        assertThat(refused.getHttpStatusCode()).isEqualTo(403);
        assertThat(decode(refused.getEncodedAuthorizationMessage()))
                .contains("g:principaltype")
                .contains("AssumedAgency");
    }

    @Test
    void anAgencyOfAnotherAccountIsAssumedOnlyWhenBothSidesAllow() {
        JsonPath other = control()
                .body(Map.of())
                .post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String otherAccount = other.getString("account_id");
        IamClient otherRoot = HuaweiSdk.iamClient(
                baseUri, other.getString("root_access_key"), other.getString("root_secret_key"), otherAccount);
        try {
            TrustAgency trustsAssumer =
                    givenAgency(otherRoot, trusting("iam::" + account + ":user:" + assumerName), 3600);
            TrustAgency trustsNobodyHere = givenAgency(otherRoot, trusting(otherAccount), 3600);
            String bystanderName = uniqueName("bystander");
            String bystanderId = givenUser(bystanderName, Map.of());
            var bystanderKey = root.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(bystanderId))
                    .getAccessKey();

            JsonPath assumed = assume(
                            asAssumer(), Map.of("agency_urn", trustsAssumer.getUrn(), "agency_session_name", "cross"))
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            sessionRequest(assumed)
                    .get("/v5/caller-identity")
                    .then()
                    .statusCode(200)
                    .body("account_id", equalTo(otherAccount));

            String trustRefusal = assume(
                            asAssumer(),
                            Map.of("agency_urn", trustsNobodyHere.getUrn(), "agency_session_name", "cross"))
                    .statusCode(403)
                    .body("error_code", equalTo("PAP5.0001"))
                    .body("error_msg", containsString("because no trust policy allows it"))
                    .extract()
                    .path("encoded_authorization_message");
            assertThat(decode(trustRefusal))
                    .contains("\"failure\":\"implicit deny by trust policy\"")
                    .contains("\"action\":\"sts:agencies:assume\"");

            String identityRefusal = assume(
                            huaweiAs(bystanderKey.getAccessKeyId(), bystanderKey.getSecretAccessKey()),
                            Map.of("agency_urn", trustsAssumer.getUrn(), "agency_session_name", "cross"))
                    .statusCode(403)
                    .body("error_msg", containsString("because no identity-based policy allows it"))
                    .extract()
                    .path("encoded_authorization_message");
            assertThat(decode(identityRefusal)).contains("\"failure\":\"implicit deny by identity-based policy\"");
        } finally {
            control().delete("/_emulator/accounts/{id}", otherAccount).then().statusCode(204);
        }
    }

    @Test
    void anAgencyThatRequiresMfaIsAssumedWithTheCurrentCodeOfTheCallersDevice() {
        TrustAgency agency = givenAgency(root, """
                {"Version":"5.0","Statement":[{"Effect":"Allow","Principal":{"IAM":["%s"]},
                 "Action":["sts:agencies:assume"],"Condition":{"Bool":{"g:MFAPresent":["true"]}}}]}""".formatted(account), 3600);
        attach(root, createPolicy(root, """
                {"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:users:getUserV5"],
                 "Condition":{"Bool":{"g:MFAPresent":["true"]}}}]}"""), agency.getAgencyId());
        Map<String, String> device = huawei().body(
                        Map.of("user_id", assumerId, "virtual_mfa_device_name", uniqueName("phone")))
                .post("/v5/virtual-mfa-devices")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("virtual_mfa_device");
        String seed = device.get("base32_string_seed");
        String serial = device.get("serial_number");
        huawei().body(Map.of(
                        "user_id",
                        assumerId,
                        "serial_number",
                        serial,
                        "authentication_code_first",
                        TotpCodes.at(seed, clock.instant().minusSeconds(30)),
                        "authentication_code_second",
                        TotpCodes.at(seed, clock.instant())))
                .post("/v5/mfa-devices/enable")
                .then()
                .statusCode(200);
        Map<String, Object> request =
                new HashMap<>(Map.of("agency_urn", agency.getUrn(), "agency_session_name", "with-mfa"));

        assume(asAssumer(), request).statusCode(403).body("error_msg", containsString("trust policy"));
        request.putAll(Map.of(
                "serial_number",
                serial,
                "token_code",
                TotpCodes.at(seed, clock.instant().minusSeconds(120))));
        assume(asAssumer(), request).statusCode(400).body("error_msg", containsString("token_code"));
        request.put("token_code", TotpCodes.at(seed, clock.instant()));
        JsonPath assumed =
                assume(asAssumer(), request).statusCode(200).extract().jsonPath();

        assertThat(sessionClient(assumed)
                        .showUserV5(new ShowUserV5Request().withUserId(opsId))
                        .getUser()
                        .getUserId())
                .isEqualTo(opsId);
    }

    @Test
    void externalIdSourceIdentityAndTransitiveTagsReachTheTrustPolicyAndPassOnToChainedSessions() {
        TrustAgency first = givenAgency(root, """
                {"Version":"5.0","Statement":[{"Effect":"Allow","Principal":{"IAM":["%s"]},
                 "Action":["sts:agencies:assume","sts::tagSession","sts::setSourceIdentity"],
                 "Condition":{"StringEquals":{"sts:ExternalId":["ext-123"]}}}]}""".formatted(account), 3600);
        TrustAgency second = givenAgency(root, """
                {"Version":"5.0","Statement":[{"Effect":"Allow","Principal":{"IAM":["%s"]},
                 "Action":["sts:agencies:assume","sts::tagSession","sts::setSourceIdentity"],
                 "Condition":{"StringEquals":{"sts:SourceIdentity":["alice-ci"],"g:RequestTag/team":["dev"]}}}]}""".formatted(account), 3600);
        attach(root, createPolicy(root, ASSUME_ANY), first.getAgencyId());
        Map<String, Object> request = new HashMap<>(Map.of(
                "agency_urn",
                first.getUrn(),
                "agency_session_name",
                "origin",
                "source_identity",
                "alice-ci",
                "tags",
                List.of(Map.of("key", "team", "value", "dev")),
                "transitive_tag_keys",
                List.of("team")));

        assume(asAssumer(), request).statusCode(403).body("error_msg", containsString("trust policy"));
        request.put("external_id", "ext-123");
        JsonPath origin = assume(asAssumer(), request)
                .statusCode(200)
                .body("source_identity", equalTo("alice-ci"))
                .extract()
                .jsonPath();

        assume(
                        sessionRequest(origin),
                        Map.of(
                                "agency_urn",
                                second.getUrn(),
                                "agency_session_name",
                                "next",
                                "tags",
                                List.of(Map.of("key", "team", "value", "ops"))))
                .statusCode(400)
                .body("error_msg", containsString("transitive"));
        assume(
                        sessionRequest(origin),
                        Map.of(
                                "agency_urn",
                                second.getUrn(),
                                "agency_session_name",
                                "next",
                                "source_identity",
                                "someone-else"))
                .statusCode(400)
                .body("error_msg", containsString("alice-ci"));
        assume(sessionRequest(origin), Map.of("agency_urn", second.getUrn(), "agency_session_name", "next"))
                .statusCode(200)
                .body("source_identity", equalTo("alice-ci"))
                .body("assumed_agency.urn", containsString(second.getAgencyName() + "/next"));
    }

    @Test
    void policiesGivenByIdLimitTheSession() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);
        attach(root, createPolicy(root, DEV_READER.formatted(account)), agency.getAgencyId());
        String listOnly = createPolicy(
                root,
                "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":[\"iam:users:listUsersV5\"]}]}");
        String readAll = createPolicy(
                root,
                "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\"," + "\"Action\":[\"iam:users:get*\"]}]}");

        JsonPath narrowed = assume(
                        asAssumer(),
                        Map.of(
                                "agency_urn",
                                agency.getUrn(),
                                "agency_session_name",
                                "ids",
                                "policy_ids",
                                List.of(listOnly)))
                .statusCode(200)
                .extract()
                .jsonPath();
        JsonPath widened = assume(
                        asAssumer(),
                        Map.of(
                                "agency_urn",
                                agency.getUrn(),
                                "agency_session_name",
                                "ids",
                                "policy_ids",
                                List.of(readAll)))
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(catchThrowableOfType(
                                ClientRequestException.class,
                                () -> sessionClient(narrowed).showUserV5(new ShowUserV5Request().withUserId(devId)))
                        .getHttpStatusCode())
                .isEqualTo(403);
        assertThat(sessionClient(widened)
                        .showUserV5(new ShowUserV5Request().withUserId(devId))
                        .getUser()
                        .getUserId())
                .isEqualTo(devId);
        assertThat(catchThrowableOfType(
                                ClientRequestException.class,
                                () -> sessionClient(widened).showUserV5(new ShowUserV5Request().withUserId(opsId)))
                        .getHttpStatusCode())
                .isEqualTo(403);
    }

    @Test
    void aSessionWritesWhatItsAgencyAllowsAndLosesItAtOnceWhenThePolicyIsDetached() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);
        String createUsers = createPolicy(root, """
                {"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:users:createUserV5"]}]}""");
        attach(root, createUsers, agency.getAgencyId());
        IamClient session = sessionClient(
                assume(asAssumer(), Map.of("agency_urn", agency.getUrn(), "agency_session_name", "writer"))
                        .statusCode(200)
                        .extract()
                        .jsonPath());

        String created = session.createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody()
                                .withName(uniqueName("made-by-session"))
                                .withEnabled(true)))
                .getUser()
                .getUserId();
        root.detachAgencyPolicyV5(new DetachAgencyPolicyV5Request()
                .withPolicyId(createUsers)
                .withBody(new DetachAgencyPolicyReqBody().withAgencyId(agency.getAgencyId())));

        assertThat(created).isNotBlank();
        assertThat(catchThrowableOfType(
                                ClientRequestException.class,
                                () -> session.createUserV5(new CreateUserV5Request()
                                        .withBody(new CreateUserReqBody()
                                                .withName(uniqueName("refused"))
                                                .withEnabled(true))))
                        .getHttpStatusCode())
                .isEqualTo(403);
    }

    @Test
    void theSimulatorExplainsTheTrustSide() {
        String urn = "iam::" + account + ":agency:simulated";
        Map<String, Object> simulation = new HashMap<>(Map.of(
                "principal_user_id", assumerId, "actions", List.of("sts:agencies:assume"), "resources", List.of(urn)));

        simulation.put("trust_policy", trusting("iam::" + account + ":user:" + assumerName));
        control()
                .body(simulation)
                .post("/_emulator/simulate")
                .then()
                .statusCode(200)
                .body("results[0].decision", equalTo("ALLOW"))
                .body("results[0].deciding_statements[0].policy_id", equalTo("trust_policy"));
        simulation.put("trust_policy", trusting("ffffffffffffffffffffffffffffffff"));
        control()
                .body(simulation)
                .post("/_emulator/simulate")
                .then()
                .statusCode(200)
                .body("results[0].decision", equalTo("IMPLICIT_DENY"));
        simulation.put("trust_policy", "{\"Version\":\"5.0\"}");
        control()
                .body(simulation)
                .post("/_emulator/simulate")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("PAP5.0011"));
    }

    @Test
    void inputErrorsAre400() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);

        assume(asAssumer(), Map.of("agency_session_name", "x1"))
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"))
                .body("error_msg", containsString("agency_urn"));
        assume(asAssumer(), Map.of("agency_urn", "not-a-urn", "agency_session_name", "x1"))
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        assume(asAssumer(), Map.of("agency_urn", agency.getUrn(), "agency_session_name", "x1", "duration_seconds", 899))
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        assume(
                        asAssumer(),
                        Map.of("agency_urn", agency.getUrn(), "agency_session_name", "x1", "duration_seconds", 7200))
                .statusCode(400)
                .body("error_msg", containsString("max_session_duration"));
        assume(
                        asAssumer(),
                        Map.of(
                                "agency_urn",
                                agency.getUrn(),
                                "agency_session_name",
                                "x1",
                                "policy",
                                "{\"Version\":\"5.0\"}"))
                .statusCode(400)
                .body("error_code", equalTo("PAP5.0011"));
        unsigned()
                .filter(HuaweiSigningFilter.with(assumerKey, assumerSecret))
                .body("[]")
                .post("/v5/agencies/assume")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0011"));
    }

    @Test
    void anUnknownAgencyOrSessionPolicyIs404ForAnAllowedCaller() {
        TrustAgency agency = givenAgency(root, trusting(account), 3600);

        assume(
                        asAssumer(),
                        Map.of("agency_urn", "iam::" + account + ":agency:missing-agency", "agency_session_name", "x1"))
                .statusCode(404)
                .body("error_code", equalTo("PAP5.0012"));
        assume(
                        asAssumer(),
                        Map.of(
                                "agency_urn",
                                agency.getUrn(),
                                "agency_session_name",
                                "x1",
                                "policy_ids",
                                List.of("00000000000000000000000000000000")))
                .statusCode(404)
                .body("error_msg", containsString("policy"));
    }

    @Test
    void aCallerWithoutTheActionIs403EvenForAnUnknownAgency() {
        String name = uniqueName("nobody");
        String id = givenUser(name, Map.of());
        var key = root.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(id))
                .getAccessKey();

        assume(
                        huaweiAs(key.getAccessKeyId(), key.getSecretAccessKey()),
                        Map.of("agency_urn", "iam::" + account + ":agency:missing-agency", "agency_session_name", "x1"))
                .statusCode(403)
                .body("error_code", equalTo("PAP5.0001"))
                .body("encoded_authorization_message", notNullValue());
    }

    static String trusting(String principal) {
        return """
                {"Version":"5.0","Statement":[{"Effect":"Allow","Principal":{"IAM":["%s"]},
                 "Action":["sts:agencies:assume","sts::tagSession","sts::setSourceIdentity"]}]}""".formatted(principal);
    }

    static TrustAgency givenAgency(IamClient client, String trustPolicy, int maxSessionDuration) {
        return client.createAgencyV5(new CreateAgencyV5Request()
                        .withBody(new CreateAgencyReqBody()
                                .withAgencyName(uniqueName("agency"))
                                .withTrustPolicy(trustPolicy)
                                .withMaxSessionDuration(maxSessionDuration)))
                .getAgency();
    }

    static String createPolicy(IamClient client, String document) {
        return client.createPolicyV5(new CreatePolicyV5Request()
                        .withBody(new CreatePolicyReqBody()
                                .withPolicyName(uniqueName("policy"))
                                .withPolicyDocument(document)))
                .getPolicy()
                .getPolicyId();
    }

    static void attach(IamClient client, String policyId, String agencyId) {
        client.attachAgencyPolicyV5(new AttachAgencyPolicyV5Request()
                .withPolicyId(policyId)
                .withBody(new AttachAgencyPolicyReqBody().withAgencyId(agencyId)));
    }

    private RequestSpecification asAssumer() {
        return huaweiAs(assumerKey, assumerSecret);
    }

    private static ValidatableResponse assume(RequestSpecification as, Map<String, ?> body) {
        return as.body(body).post("/v5/agencies/assume").then();
    }

    private RequestSpecification sessionRequest(JsonPath assumed) {
        return unsigned()
                .filter(HuaweiSigningFilter.at(
                                assumed.getString("credentials.access_key_id"),
                                assumed.getString("credentials.secret_access_key"),
                                clock.instant())
                        .withSecurityToken(assumed.getString("credentials.security_token")));
    }

    private IamClient sessionClient(JsonPath assumed) {
        return HuaweiSdk.iamClient(
                baseUri,
                assumed.getString("credentials.access_key_id"),
                assumed.getString("credentials.secret_access_key"),
                assumed.getString("credentials.security_token"),
                account);
    }

    private String decode(String encoded) {
        return huawei().body(Map.of("encoded_message", encoded))
                .post("/v5/decode-authorization-message")
                .then()
                .statusCode(200)
                .extract()
                .path("decoded_message");
    }
}
