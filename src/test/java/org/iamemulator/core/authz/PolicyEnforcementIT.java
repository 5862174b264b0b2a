package org.iamemulator.core.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.policy.EffectivePolicies;
import org.iamemulator.core.policy.PolicyAttachmentService;
import org.iamemulator.core.tag.ResourceTagService;
import org.iamemulator.core.tag.ResourceType;
import org.iamemulator.core.user.UserActions;
import org.iamemulator.core.user.UserService;
import org.iamemulator.support.AuthzIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enforcement as an IAM user, through the real services and store: policies are set up over the API as the root
 * user, then the services are called with a non-root {@link Caller}.
 */
class PolicyEnforcementIT extends AuthzIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private UserService users;

    @Autowired
    private ResourceTagService tags;

    @Autowired
    private AuthorizationMessageService messages;

    @Autowired
    private PolicySimulator simulator;

    @Autowired
    private PolicyAttachmentService attachments;

    @Autowired
    private EffectivePolicies effectivePolicies;

    private String callerId;
    private Caller caller;
    private String devUser;
    private String opsUser;

    @BeforeEach
    void callerAndTargets() {
        String name = uniqueName("caller");
        callerId = givenUser(name, Map.of("role", "reader"));
        caller = new Caller(properties.accountId(), callerId, name, false);
        devUser = givenUser(uniqueName("dev"), Map.of("team", "dev"));
        opsUser = givenUser(uniqueName("ops"), Map.of("team", "ops"));
    }

    @Test
    void aUserWithoutPoliciesIsDeniedAndTheMessageExplainsWhy() {
        AccessDeniedException denied =
                catchThrowableOfType(AccessDeniedException.class, () -> users.show(caller, devUser));

        String target = users.show(root(), devUser).urn();
        assertThat(denied.getMessage())
                .isEqualTo("user " + caller.urn() + " is not authorized to perform "
                        + "iam:users:getUserV5 on resource " + target + " because no identity-based policy allows it");
        JsonNode decoded = decode(denied);
        assertThat(decoded.get("decision").asString()).isEqualTo("IMPLICIT_DENY");
        assertThat(decoded.get("failure").asString()).isEqualTo("implicit deny by identity-based policy");
        assertThat(decoded.get("action").asString()).isEqualTo("iam:users:getUserV5");
        assertThat(decoded.get("resource").asString()).isEqualTo(target);
        assertThat(decoded.get("principal").get("urn").asString()).isEqualTo(caller.urn());
        assertThat(decoded.get("context").get("g:resourcetag/team").get(0).asString())
                .isEqualTo("dev");
        assertThat(decoded.get("context").get("g:principaltag/role").get(0).asString())
                .isEqualTo("reader");
        assertThat(decoded.get("context").get("iam:resourceisrootuser").get(0).asString())
                .isEqualTo("false");
        assertThat(decoded.get("deciding_statements")).isEmpty();
    }

    @Test
    void tagConditionsSelectTheTargets() {
        attachToUser(givenPolicy(readUsersTagged("dev")), callerId);

        assertThat(users.show(caller, devUser).id()).isEqualTo(devUser);
        assertThatDenied(() -> users.show(caller, opsUser));
        assertThatDenied(() -> users.lastLogin(caller, opsUser));
    }

    @Test
    void principalTagsAreConditionKeysToo() {
        attachToUser(
                givenPolicy("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":[\"iam:users:getUserV5\"],\"Condition\":{\"StringEquals\":"
                        + "{\"g:PrincipalTag/role\":[\"reader\"]}}}]}"),
                callerId);
        assertThatCode(() -> users.show(caller, opsUser)).doesNotThrowAnyException();

        String otherName = uniqueName("writer");
        String other = givenUser(otherName, Map.of("role", "writer"));
        attachToUser(
                givenPolicy("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":[\"iam:users:getUserV5\"],\"Condition\":{\"StringEquals\":"
                        + "{\"g:PrincipalTag/role\":[\"reader\"]}}}]}"),
                other);
        assertThatDenied(() -> users.show(new Caller(properties.accountId(), other, otherName, false), opsUser));
    }

    @Test
    void anExplicitDenyBeatsAnyAllow() {
        attachToUser(FULL_ACCESS_ID, callerId);
        String denyId = givenPolicy("{\"Version\":\"5.0\",\"Statement\":[{\"Sid\":\"NoOps\",\"Effect\":\"Deny\","
                + "\"Action\":[\"iam:users:getUserV5\"],\"Condition\":{\"StringEquals\":"
                + "{\"g:ResourceTag/team\":[\"ops\"]}}}]}");
        attachToUser(denyId, callerId);

        assertThatCode(() -> users.show(caller, devUser)).doesNotThrowAnyException();
        AccessDeniedException denied = assertThatDenied(() -> users.show(caller, opsUser));
        assertThat(denied.getMessage()).endsWith("with an explicit deny in an identity-based policy");
        JsonNode decoded = decode(denied);
        assertThat(decoded.get("decision").asString()).isEqualTo("EXPLICIT_DENY");
        JsonNode statement = decoded.get("deciding_statements").get(0);
        assertThat(statement.get("policy_id").asString()).isEqualTo(denyId);
        assertThat(statement.get("version_id").asString()).isEqualTo("v1");
        assertThat(statement.get("statement_index").asInt()).isZero();
        assertThat(statement.get("sid").asString()).isEqualTo("NoOps");
        assertThat(statement.get("effect").asString()).isEqualTo("Deny");
    }

    @Test
    void detachingAPolicyRemovesTheAccess() {
        String policyId = givenPolicy(allow("iam:users:getUserV5"));
        attachToUser(policyId, callerId);
        assertThatCode(() -> users.show(caller, opsUser)).doesNotThrowAnyException();

        huawei().body(Map.of("user_id", callerId))
                .post("/v5/policies/{id}/detach-user", policyId)
                .then()
                .statusCode(200);
        assertThatDenied(() -> users.show(caller, opsUser));
    }

    @Test
    void groupPoliciesApplyToTheMembers() {
        String groupId = givenGroup();
        attachToGroup(givenPolicy(allow("iam:users:getUserV5")), groupId);
        assertThatDenied(() -> users.show(caller, opsUser));

        addToGroup(groupId, callerId);
        assertThatCode(() -> users.show(caller, opsUser)).doesNotThrowAnyException();

        huawei().body(Map.of("user_id", callerId))
                .post("/v5/groups/{id}/remove-user", groupId)
                .then()
                .statusCode(200);
        assertThatDenied(() -> users.show(caller, opsUser));
    }

    @Test
    void theDefaultVersionIsTheOneThatApplies() {
        String policyId = givenPolicy(allow("iam:users:getUserV5"));
        attachToUser(policyId, callerId);
        huawei().body(Map.of("policy_document", deny("iam:users:getUserV5"), "set_as_default", true))
                .post("/v5/policies/{id}/versions", policyId)
                .then()
                .statusCode(201);
        assertThatDenied(() -> users.show(caller, opsUser));

        huawei().post("/v5/policies/{id}/versions/v1/set-default", policyId)
                .then()
                .statusCode(200);
        assertThatCode(() -> users.show(caller, opsUser)).doesNotThrowAnyException();
    }

    @Test
    void onlyCallersAllowedOnTheTypeLearnThatATargetIsMissing() {
        String missing = "0".repeat(32);
        AccessDeniedException denied = assertThatDenied(() -> users.show(caller, missing));
        assertThat(denied.getMessage()).contains("on resource iam::" + properties.accountId() + ":user:*");

        attachToUser(givenPolicy(readUsersTagged("dev")), callerId);
        assertThatDenied(() -> users.show(caller, missing)); // tag-limited callers cannot tell either

        attachToUser(givenPolicy(allow("iam:users:getUserV5")), callerId);
        catchThrowableOfType(NotFoundException.class, () -> users.show(caller, missing));
    }

    @Test
    void taggingChecksRequestTagsAndTagKeys() {
        attachToUser(
                givenPolicy("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":[\"iam::tagForResourceV5\"],\"Condition\":{\"StringEquals\":"
                        + "{\"g:RequestTag/team\":[\"dev\",\"ops\"]},\"ForAllValues:StringEquals\":"
                        + "{\"g:TagKeys\":[\"team\"]}}}]}"),
                callerId);

        assertThatCode(() -> tags.tag(caller, ResourceType.USER, opsUser, List.of(Map.entry("team", "dev"))))
                .doesNotThrowAnyException();
        assertThatDenied(() -> tags.tag(caller, ResourceType.USER, opsUser, List.of(Map.entry("team", "qa"))));
        assertThatDenied(() ->
                tags.tag(caller, ResourceType.USER, opsUser, List.of(Map.entry("team", "dev"), Map.entry("env", "x"))));
        assertThatDenied(() -> tags.list(caller, ResourceType.USER, opsUser));
    }

    @Test
    void attachingIsCheckedOnTheUserWithThePolicyUrn() {
        String readOnlyUrn = "iam::system:policy:IAMReadOnlyPolicy";
        attachToUser(
                givenPolicy("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":[\"iam:users:attachPolicyV5\"],\"Condition\":{\"StringEquals\":"
                        + "{\"iam:PolicyURN\":[\"" + readOnlyUrn + "\"],\"g:ResourceTag/team\":[\"dev\"]}}}]}"),
                callerId);

        assertThatCode(() -> attachments.attachToUser(caller, READ_ONLY_ID, devUser))
                .doesNotThrowAnyException();
        assertThatDenied(() -> attachments.attachToUser(caller, FULL_ACCESS_ID, devUser));
        assertThatDenied(() -> attachments.attachToUser(caller, READ_ONLY_ID, opsUser));
        // a missing policy is refused like a forbidden one
        assertThatDenied(() -> attachments.attachToUser(caller, "0".repeat(32), devUser));
    }

    @Test
    void compiledDocumentsAreReusedAcrossRequests() {
        attachToUser(givenPolicy(allow("iam:users:getUserV5")), callerId);
        assertThat(effectivePolicies.ofUser(callerId).get(0).document())
                .isSameAs(effectivePolicies.ofUser(callerId).get(0).document());
    }

    @Test
    void theCurrentTimeIsAConditionKey() {
        attachToUser(
                givenPolicy("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":[\"iam:users:getUserV5\"],\"Condition\":{\"DateGreaterThan\":"
                        + "{\"g:CurrentTime\":[\"2020-01-01T00:00:00Z\"]}}},{\"Effect\":\"Allow\","
                        + "\"Action\":[\"iam:users:showUserLastLoginV5\"],\"Condition\":{\"DateLessThan\":"
                        + "{\"g:CurrentTime\":[\"2020-01-01T00:00:00Z\"]}}}]}"),
                callerId);
        assertThatCode(() -> users.show(caller, opsUser)).doesNotThrowAnyException();
        assertThatDenied(() -> users.lastLogin(caller, opsUser));
    }

    @Test
    void theRootUserIsAlwaysAllowed() {
        assertThatCode(() -> users.show(root(), opsUser)).doesNotThrowAnyException();
    }

    @Test
    void decodingChecksItsOwnPermissionAndRefusesForgeries() {
        AccessDeniedException denied = assertThatDenied(() -> users.show(caller, opsUser));
        assertThatDenied(() -> messages.decode(caller, denied.encodedMessage()));

        attachToUser(givenPolicy(allow("sts::decodeAuthorizationMessage")), callerId);
        assertThat(messages.decode(caller, denied.encodedMessage())).contains("IMPLICIT_DENY");

        String tampered = denied.encodedMessage().substring(0, 20)
                + (denied.encodedMessage().charAt(20) == 'A' ? 'B' : 'A')
                + denied.encodedMessage().substring(21);
        catchThrowableOfType(InvalidInputException.class, () -> messages.decode(caller, tampered));
        catchThrowableOfType(InvalidInputException.class, () -> messages.decode(caller, "not base64!"));
        catchThrowableOfType(
                InvalidInputException.class,
                () -> messages.decode(new Caller("f".repeat(32), callerId, "x", true), denied.encodedMessage()));
    }

    @Test
    void decodeAuthorizationMessageOverHttp() {
        AccessDeniedException denied = assertThatDenied(() -> users.show(caller, opsUser));
        String decoded = huawei().body(Map.of("encoded_message", denied.encodedMessage()))
                .post("/v5/decode-authorization-message")
                .then()
                .statusCode(200)
                .extract()
                .path("decoded_message");
        assertThat(JSON.readTree(decoded).get("action").asString()).isEqualTo(UserActions.GET);

        huawei().body(Map.of("encoded_message", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .post("/v5/decode-authorization-message")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        huawei().body(Map.of())
                .post("/v5/decode-authorization-message")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"));
    }

    @Test
    void theSimulatorDecidesAsEnforcementDoes() {
        attachToUser(FULL_ACCESS_ID, callerId);
        String groupId = givenGroup();
        addToGroup(groupId, callerId);
        attachToGroup(
                givenPolicy("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Deny\","
                        + "\"Action\":[\"iam:users:showUserLastLoginV5\"],\"Condition\":{\"StringEquals\":"
                        + "{\"g:ResourceTag/team\":[\"ops\"]}}}]}"),
                groupId);

        for (String target : List.of(devUser, opsUser)) {
            String urn = users.show(root(), target).urn();
            boolean showAllowed = allowed(() -> users.show(caller, target));
            boolean lastLoginAllowed = allowed(() -> users.lastLogin(caller, target));
            List<PolicySimulator.Result> simulated = simulator.simulate(new PolicySimulator.Simulation(
                    properties.accountId(),
                    callerId,
                    null,
                    List.of(UserActions.GET, UserActions.SHOW_LAST_LOGIN),
                    List.of(urn),
                    Map.of()));
            assertThat(simulated.get(0).decision().allowed()).isEqualTo(showAllowed);
            assertThat(simulated.get(1).decision().allowed()).isEqualTo(lastLoginAllowed);
        }
        assertThat(allowed(() -> users.lastLogin(caller, opsUser))).isFalse();
        assertThat(allowed(() -> users.lastLogin(caller, devUser))).isTrue();
    }

    @Test
    void theSimulatorAnswersOverHttp() {
        String opsUrn = users.show(root(), opsUser).urn();
        huawei().body(Map.of(
                        "policy_documents",
                        List.of(readUsersTagged("dev")),
                        "actions",
                        List.of(UserActions.GET),
                        "resources",
                        List.of(opsUrn)))
                .post("/_emulator/simulate")
                .then()
                .statusCode(200)
                .body("results[0].decision", equalTo("IMPLICIT_DENY"))
                .body("results[0].resource", equalTo(opsUrn));
        huawei().body(Map.of(
                        "policy_documents",
                        List.of(JSON.readTree(readUsersTagged("dev"))),
                        "actions",
                        List.of(UserActions.GET),
                        "resources",
                        List.of(opsUrn),
                        "context",
                        Map.of("g:ResourceTag/team", List.of("dev"))))
                .post("/_emulator/simulate")
                .then()
                .statusCode(200)
                .body("results[0].decision", equalTo("ALLOW"))
                .body("results[0].deciding_statements[0].policy_id", equalTo("policy_documents[0]"))
                .body("results[0].deciding_statements[0].effect", equalTo("Allow"));
        huawei().body(Map.of("principal_user_id", callerId, "actions", List.of(UserActions.LIST)))
                .post("/_emulator/simulate")
                .then()
                .statusCode(200)
                .body("results[0].decision", equalTo("IMPLICIT_DENY"));
        huawei().body(Map.of("policy_documents", List.of("{}"), "actions", List.of(UserActions.GET)))
                .post("/_emulator/simulate")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("PAP5.0011"));
        huawei().body(Map.of("policy_documents", List.of(allow("*"))))
                .post("/_emulator/simulate")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"));
    }

    private static String readUsersTagged(String team) {
        return "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:users:getUserV5\","
                + "\"iam:users:showUserLastLoginV5\"],\"Resource\":[\"iam::*:user:*\"],"
                + "\"Condition\":{\"StringEquals\":{\"g:ResourceTag/team\":[\"" + team + "\"]}}}]}";
    }

    private Caller root() {
        return new Caller(properties.accountId(), "root", "root", true);
    }

    private JsonNode decode(AccessDeniedException denied) {
        return JSON.readTree(messages.decode(root(), denied.encodedMessage()));
    }

    private static AccessDeniedException assertThatDenied(Runnable call) {
        AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class, call::run);
        assertThat(denied).as("access denied").isNotNull();
        return denied;
    }

    private static boolean allowed(Runnable call) {
        try {
            call.run();
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }
}
