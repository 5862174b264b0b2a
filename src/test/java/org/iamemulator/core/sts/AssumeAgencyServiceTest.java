package org.iamemulator.core.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.sts.StsFixtures.NOW;
import static org.iamemulator.core.sts.StsFixtures.trustPolicy;
import static org.iamemulator.core.sts.StsFixtures.trustingAccount;
import static org.iamemulator.core.sts.StsFixtures.trustingOwnAccount;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT_ROOT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.agency.AgencyView;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.MalformedPolicyException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.mfa.CreatedMfaDevice;
import org.iamemulator.core.sts.AssumeAgencyRequest.SessionTag;
import org.iamemulator.policyengine.ConditionKeys;
import org.junit.jupiter.api.Test;

/**
 * AssumeAgency's rules over agencies, policies and MFA devices in memory: both sides' permissions and what they are
 * asked, durations, session tags and source identity (also when a session assumes again), session policies and MFA.
 */
class AssumeAgencyServiceTest {

    private static final String DAVE = "u0000000000000000000000000000001";
    private static final String ASSUME_TAG_AND_SET_SOURCE =
            "'sts:agencies:assume','sts::tagSession','sts::setSourceIdentity'";

    private final StsFixtures fixtures = new StsFixtures();
    private final AssumeAgencyService service = fixtures.assume(fixtures.users.allowAll);
    private final Caller dave = new Caller(ACCOUNT, DAVE, "dave", false);

    AssumeAgencyServiceTest() {
        fixtures.users.user(DAVE, ACCOUNT, "dave");
    }

    @Test
    void issuesAnHourLongSessionOfTheAgencyAfterAskingBothSides() {
        AgencyView agency = fixtures.agency(fixtures.users.rootCaller, "deployer", trustingOwnAccount(), null);
        fixtures.users.checks.clear();

        AssumedAgency assumed = assume(dave, request(agency.urn(), "ci-run"));

        AgencySession session = assumed.credentials().session();
        assertThat(assumed.urn()).isEqualTo("sts::" + ACCOUNT + ":assumed-agency:deployer/ci-run");
        assertThat(assumed.id()).isEqualTo(agency.id() + ":ci-run");
        assertThat(assumed.credentials().expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(assumed.credentials().accessKeyId()).startsWith("STS");
        assertThat(assumed.credentials().securityToken()).isNotBlank();
        assertThat(session.accountId()).isEqualTo(ACCOUNT);
        assertThat(session.agencyId()).isEqualTo(agency.id());
        assertThat(session.chained()).isFalse();
        assertThat(session.mfaPresent()).isFalse();
        assertThat(session.limitedBySessionPolicies()).isFalse();
        assertThat(session.tags()).isEmpty();
        assertThat(fixtures.users.checks).containsExactly("sts:agencies:assume " + agency.urn());
        assertThat(fixtures.trust.asked).containsExactly("sts:agencies:assume " + agency.urn());
    }

    @Test
    void refusesABadFieldBeforeAskingAnyone() {
        AgencyView agency = fixtures.agency(fixtures.users.rootCaller, "deployer", trustingOwnAccount(), null);
        fixtures.users.checks.clear();

        assertThatThrownBy(() -> session(dave, request(agency.urn(), "has space")))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "agency_session_name");
        assertThat(fixtures.users.checks).isEmpty();
        assertThat(fixtures.trust.asked).isEmpty();
    }

    @Test
    void anUnknownAgencyIsNotFoundOnceTheCallerMayAssumeWhatTheUrnNames() {
        String unknown = "iam::" + ACCOUNT + ":agency:nobody";

        assertThatThrownBy(() -> session(dave, request(unknown, "ci-run")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(unknown);
        assertThat(fixtures.users.checks).containsExactly("sts:agencies:assume " + unknown);
        assertThat(fixtures.trust.asked).isEmpty();
    }

    @Test
    void aCallerWhosePoliciesRefuseLearnsNothingAboutWhetherTheAgencyExists() {
        AgencyView agency = fixtures.agency(fixtures.users.rootCaller, "deployer", trustingOwnAccount(), null);
        AssumeAgencyService refusing = fixtures.assume((caller, action, resource, conditions) -> {
            throw new AccessDeniedException(caller.urn(), action, resource.urn(), false, null);
        });

        assertThatThrownBy(() ->
                        refusing.assume(dave, request(agency.urn(), "ci-run").build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> refusing.assume(
                        dave,
                        request("iam::" + ACCOUNT + ":agency:nobody", "ci-run").build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.trust.asked).isEmpty();
    }

    @Test
    void theCallersSideIsAskedWithTheAgencysTagsAndTheRequestsConditionKeys() {
        AgencyView agency = ownAgencyTrusting("deployer", "'sts:agencies:assume','sts::tagSession'");
        fixtures.agencies.rows.rows().get(0).putTag("stage", "prod");
        List<ProtectedResource> resources = new ArrayList<>();
        List<Map<String, List<String>>> conditions = new ArrayList<>();
        PermissionCheck recording = (caller, action, resource, requestConditions) -> {
            resources.add(resource);
            conditions.add(requestConditions);
        };

        fixtures.assume(recording)
                .assume(
                        dave,
                        request(agency.urn(), "ci-run")
                                .externalId("ext-42")
                                .tag("team", "dev")
                                .transitive("team")
                                .build());

        assertThat(resources)
                .singleElement()
                .isEqualTo(new ProtectedResource(agency.urn(), Map.of("stage", "prod"), false));
        assertThat(conditions)
                .singleElement()
                .satisfies(asked -> assertThat(asked)
                        .containsEntry(ConditionKeys.STS_AGENCY_SESSION_NAME, List.of("ci-run"))
                        .containsEntry(ConditionKeys.STS_EXTERNAL_ID, List.of("ext-42"))
                        .containsEntry(ConditionKeys.STS_TRANSITIVE_TAG_KEYS, List.of("team"))
                        .containsEntry(ConditionKeys.TAG_KEYS, List.of("team"))
                        .containsEntry(ConditionKeys.REQUEST_TAG_PREFIX + "team", List.of("dev"))
                        .doesNotContainKey(ConditionKeys.MFA_PRESENT));
    }

    @Test
    void theTrustPolicyMustAllowTheCallerEvenTheRootUser() {
        AgencyView agency =
                fixtures.agency(fixtures.users.rootCaller, "deployer", trustingAccount(OTHER_ACCOUNT), null);

        assertThatThrownBy(() -> session(fixtures.users.rootCaller, request(agency.urn(), "ci-run")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("sts:agencies:assume");
        assertThat(fixtures.trust.asked).containsExactly("sts:agencies:assume " + agency.urn());
    }

    @Test
    void anotherAccountsAgencyGivesASessionInThatAccount() {
        AgencyView agency = fixtures.agency(OTHER_ACCOUNT_ROOT, "auditor", trustingOwnAccount(), null);

        AssumedAgency assumed = assume(dave, request(agency.urn(), "audit"));

        assertThat(assumed.credentials().session().accountId()).isEqualTo(OTHER_ACCOUNT);
        assertThat(assumed.urn()).isEqualTo("sts::" + OTHER_ACCOUNT + ":assumed-agency:auditor/audit");
    }

    @Test
    void anExternalIdTheTrustPolicyRequiresMustMatch() {
        AgencyView agency = fixtures.agency(
                fixtures.users.rootCaller,
                "deployer",
                trustPolicy(
                        "{'IAM':['" + ACCOUNT + "']}",
                        "'sts:agencies:assume'",
                        "{'StringEquals':{'sts:ExternalId':['ext-42']}}"),
                null);

        assertThatThrownBy(() -> session(dave, request(agency.urn(), "ci-run")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> session(dave, request(agency.urn(), "ci-run").externalId("ext-43")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> session(dave, request(agency.urn(), "ci-run").externalId("ext-42")))
                .doesNotThrowAnyException();
    }

    @Test
    void theDurationIsAtMostTheAgencysMaximumAndAnHourForASession() {
        AgencyView agency = fixtures.agency(fixtures.users.rootCaller, "deployer", trustingOwnAccount(), 7200);

        assertThat(assume(dave, request(agency.urn(), "ci-run").duration(7200))
                        .credentials()
                        .expiresAt())
                .isEqualTo(NOW.plusSeconds(7200));
        assertThatThrownBy(() -> session(dave, request(agency.urn(), "ci-run").duration(7201)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("max_session_duration, 7200");

        Caller session = Caller.of(session(dave, request(agency.urn(), "first")));
        assertThatThrownBy(
                        () -> session(session, request(agency.urn(), "ci-run").duration(3601)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "duration_seconds");
        assertThat(session(session, request(agency.urn(), "second")).chained()).isTrue();
    }

    @Test
    void sessionTagsNeedTheTrustPolicyToAllowTaggingTheSession() {
        AgencyView assumeOnly = fixtures.agency(fixtures.users.rootCaller, "plain", trustingOwnAccount(), null);
        AgencyView tagging = ownAgencyTrusting("tagging", "'sts:agencies:assume','sts::tagSession'");

        assertThatThrownBy(
                        () -> session(dave, request(assumeOnly.urn(), "ci-run").tag("team", "dev")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("sts::tagSession");

        AgencySession session = session(dave, request(tagging.urn(), "ci-run").tag("team", "dev"));
        assertThat(session.tags()).containsExactly(Map.entry("team", "dev"));
        assertThat(fixtures.trust.asked)
                .endsWith("sts:agencies:assume " + tagging.urn(), "sts::tagSession " + tagging.urn());
        assertThat(fixtures.trust.lastConditions)
                .containsEntry(ConditionKeys.REQUEST_TAG_PREFIX + "team", List.of("dev"))
                .containsEntry(ConditionKeys.TAG_KEYS, List.of("team"));
    }

    @Test
    void aSourceIdentityNeedsTheTrustPolicyToAllowSettingIt() {
        AgencyView assumeOnly = fixtures.agency(fixtures.users.rootCaller, "plain", trustingOwnAccount(), null);
        AgencyView setting = ownAgencyTrusting("setting", "'sts:agencies:assume','sts::setSourceIdentity'");

        assertThatThrownBy(
                        () -> session(dave, request(assumeOnly.urn(), "ci-run").sourceIdentity("dave-laptop")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("sts::setSourceIdentity");

        AssumedAgency assumed = assume(dave, request(setting.urn(), "ci-run").sourceIdentity("dave-laptop"));
        assertThat(assumed.sourceIdentity()).isEqualTo("dave-laptop");
        assertThat(fixtures.trust.lastConditions)
                .containsEntry(ConditionKeys.STS_SOURCE_IDENTITY, List.of("dave-laptop"));
    }

    @Test
    void aSessionPassesOnItsTransitiveTagsAndSourceIdentity() {
        AgencyView agency = ownAgencyTrusting("deployer", ASSUME_TAG_AND_SET_SOURCE);
        Caller first = taggedSession(agency);

        AgencySession second = session(first, request(agency.urn(), "ci-run").tag("cost", "42"));

        assertThat(second.tags()).isEqualTo(Map.of("team", "dev", "cost", "42"));
        assertThat(second.transitiveTagKeys()).containsExactly("team");
        assertThat(second.sourceIdentity()).isEqualTo("dave-laptop");
        assertThat(fixtures.trust.lastConditions)
                .containsEntry(ConditionKeys.STS_SOURCE_IDENTITY, List.of("dave-laptop"))
                .containsEntry(ConditionKeys.STS_TRANSITIVE_TAG_KEYS, List.of("team"))
                .containsEntry(ConditionKeys.REQUEST_TAG_PREFIX + "team", List.of("dev"))
                .containsEntry(ConditionKeys.TAG_KEYS, List.of("team", "cost"));
    }

    @Test
    void aSessionMayNeitherSetItsTransitiveTagsAgainNorChangeItsSourceIdentity() {
        AgencyView agency = ownAgencyTrusting("deployer", ASSUME_TAG_AND_SET_SOURCE);
        Caller first = taggedSession(agency);

        assertThatThrownBy(() -> session(first, request(agency.urn(), "ci-run").tag("TEAM", "ops")))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "tags.key");
        assertThatThrownBy(() -> session(first, request(agency.urn(), "ci-run").sourceIdentity("someone-else")))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "source_identity");
        assertThatCode(() -> session(first, request(agency.urn(), "ci-run").sourceIdentity("dave-laptop")))
                .doesNotThrowAnyException();
    }

    @Test
    void anInlineSessionPolicyIsParsedAndKeptAsGiven() {
        AgencyView agency = fixtures.agency(fixtures.users.rootCaller, "deployer", trustingOwnAccount(), null);
        String policy =
                "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:users:listUsersV5\"]}]}";

        assertThatThrownBy(() -> session(dave, request(agency.urn(), "ci-run").policy("{\"Version\":\"5.0\"}")))
                .isInstanceOf(MalformedPolicyException.class);
        AgencySession session = session(dave, request(agency.urn(), "ci-run").policy(policy));
        assertThat(session.sessionPolicy()).isEqualTo(policy);
        assertThat(session.limitedBySessionPolicies()).isTrue();
    }

    @Test
    void sessionPolicyIdsAreTheAgencyAccountsOrSystemPoliciesOnceEach() {
        AgencyView agency = fixtures.agency(OTHER_ACCOUNT_ROOT, "auditor", trustingOwnAccount(), null);
        fixtures.policies.policy("p-of-agency-account", OTHER_ACCOUNT);
        fixtures.policies.policy("p-of-caller-account", ACCOUNT);
        fixtures.policies.systemPolicy("p-system");

        AgencySession session =
                session(dave, request(agency.urn(), "ci-run").policyIds("p-of-agency-account", "p-system", "p-system"));

        assertThat(session.sessionPolicyIds()).containsExactly("p-of-agency-account", "p-system");
        assertThatThrownBy(() -> session(dave, request(agency.urn(), "ci-run").policyIds("p-of-caller-account")))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("entityType", "policy");
        assertThatThrownBy(() -> session(dave, request(agency.urn(), "ci-run").policyIds("p-unknown")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("p-unknown");
    }

    @Test
    void anMfaCodeOfTheCallersDeviceMakesAnMfaSession() {
        AgencyView agency = fixtures.agency(
                fixtures.users.rootCaller,
                "deployer",
                trustPolicy(
                        "{'IAM':['" + ACCOUNT + "']}", "'sts:agencies:assume'", "{'Bool':{'g:MFAPresent':['true']}}"),
                null);
        CreatedMfaDevice device = fixtures.mfa.enabledDevice(DAVE);

        assertThatThrownBy(() -> session(dave, request(agency.urn(), "no-mfa")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> session(dave, request(agency.urn(), "ci-run").mfa(device.serialNumber(), "000000")))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "token_code");

        AgencySession session =
                session(dave, request(agency.urn(), "ci-run").mfa(device.serialNumber(), fixtures.mfa.code(device, 0)));
        assertThat(session.mfaPresent()).isTrue();
        assertThat(session.mfaAuthenticatedAt()).isEqualTo(NOW);
        assertThat(fixtures.trust.lastConditions)
                .containsEntry(ConditionKeys.MFA_PRESENT, List.of("true"))
                .containsEntry(ConditionKeys.MFA_AGE, List.of("0"));
    }

    @Test
    void withoutACodeTheCallersOwnMfaTimeCarriesOn() {
        AgencyView agency = fixtures.agency(fixtures.users.rootCaller, "deployer", trustingOwnAccount(), null);
        Instant loggedInWithMfa = NOW.minusSeconds(600);

        AgencySession session =
                session(dave.withMfaAuthenticatedAt(loggedInWithMfa), request(agency.urn(), "mfa-login"));

        assertThat(session.mfaPresent()).isTrue();
        assertThat(session.mfaAuthenticatedAt()).isEqualTo(loggedInWithMfa);
        assertThat(fixtures.trust.lastConditions).containsEntry(ConditionKeys.MFA_AGE, List.of("600"));
        session(dave, request(agency.urn(), "no-mfa-login"));
        assertThat(fixtures.trust.lastConditions)
                .containsEntry(ConditionKeys.MFA_PRESENT, List.of("false"))
                .doesNotContainKey(ConditionKeys.MFA_AGE);
    }

    @Test
    void aSessionCannotPresentAnMfaCode() {
        AgencyView agency = fixtures.agency(fixtures.users.rootCaller, "deployer", trustingOwnAccount(), null);
        CreatedMfaDevice device = fixtures.mfa.enabledDevice(DAVE);
        Caller session = Caller.of(session(dave, request(agency.urn(), "first")));

        assertThatThrownBy(() -> session(
                        session,
                        request(agency.urn(), "ci-run").mfa(device.serialNumber(), fixtures.mfa.code(device, 0))))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "serial_number");
    }

    private AssumedAgency assume(Caller caller, Request request) {
        return service.assume(caller, request.build());
    }

    private AgencySession session(Caller caller, Request request) {
        return assume(caller, request).credentials().session();
    }

    /** A session with the transitive tag team=dev, the tag stage=test and the source identity dave-laptop. */
    private Caller taggedSession(AgencyView agency) {
        return Caller.of(session(
                dave,
                request(agency.urn(), "first")
                        .sourceIdentity("dave-laptop")
                        .tag("team", "dev")
                        .tag("stage", "test")
                        .transitive("team")));
    }

    /** An agency of the caller's account whose trust policy allows the account these actions ('quoted'). */
    private AgencyView ownAgencyTrusting(String name, String actions) {
        return fixtures.agency(
                fixtures.users.rootCaller, name, trustPolicy("{'IAM':['" + ACCOUNT + "']}", actions, null), null);
    }

    private static Request request(String agencyUrn, String sessionName) {
        return new Request(agencyUrn, sessionName);
    }

    /** An AssumeAgency request with only the fields a test sets. */
    private static final class Request {

        private final String agencyUrn;
        private final String sessionName;
        private Integer duration;
        private String externalId;
        private String policy;
        private List<String> policyIds = List.of();
        private String serialNumber;
        private String tokenCode;
        private String sourceIdentity;
        private final List<SessionTag> tags = new ArrayList<>();
        private final List<String> transitiveTagKeys = new ArrayList<>();

        private Request(String agencyUrn, String sessionName) {
            this.agencyUrn = agencyUrn;
            this.sessionName = sessionName;
        }

        Request duration(int seconds) {
            duration = seconds;
            return this;
        }

        Request externalId(String id) {
            externalId = id;
            return this;
        }

        Request policy(String document) {
            policy = document;
            return this;
        }

        Request policyIds(String... ids) {
            policyIds = List.of(ids);
            return this;
        }

        Request mfa(String serial, String code) {
            serialNumber = serial;
            tokenCode = code;
            return this;
        }

        Request sourceIdentity(String identity) {
            sourceIdentity = identity;
            return this;
        }

        Request tag(String key, String value) {
            tags.add(new SessionTag(key, value));
            return this;
        }

        Request transitive(String... keys) {
            transitiveTagKeys.addAll(List.of(keys));
            return this;
        }

        AssumeAgencyRequest build() {
            return new AssumeAgencyRequest(
                    agencyUrn,
                    sessionName,
                    duration,
                    externalId,
                    policy,
                    policyIds,
                    serialNumber,
                    tokenCode,
                    sourceIdentity,
                    tags,
                    transitiveTagKeys);
        }
    }
}
