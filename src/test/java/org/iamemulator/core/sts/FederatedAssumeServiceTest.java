package org.iamemulator.core.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.iamemulator.core.sts.StsFixtures.NOW;
import static org.iamemulator.core.sts.StsFixtures.trustPolicy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT_ROOT;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iamemulator.core.agency.AgencyView;
import org.iamemulator.core.authz.AuthorizationMessages;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.federation.FederatedIdentity;
import org.iamemulator.core.federation.FederationFixtures;
import org.iamemulator.core.federation.NewOidcProvider;
import org.iamemulator.core.federation.OidcProviderView;
import org.iamemulator.core.federation.SamlProviderChange;
import org.iamemulator.core.federation.SamlProviderView;
import org.iamemulator.core.federation.SamlResponseVerifier.VerifiedAssertion;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.support.IdTokens;
import org.iamemulator.support.SamlIdp;
import org.junit.jupiter.api.Test;

/**
 * AssumeAgencyWithOIDC and AssumeAgencyWithSAML over providers and agencies in memory: the order of the checks, the
 * provider's proof, the agency's trust policy alone, the condition keys of the token, and the session's length.
 */
class FederatedAssumeServiceTest {

    private static final String ISSUER = "https://idp.example.test";
    private static final IdTokens SIGNER = IdTokens.rsa("rsa-1");
    private static final SamlIdp IDP = SamlIdp.load("https://idp.example.test/saml", "idp.p12");

    private final StsFixtures fixtures = new StsFixtures();
    private final FederationFixtures providers = new FederationFixtures(fixtures.users.allowAll, fixtures.clock);
    private final AuthorizationMessages messages = new AuthorizationMessages(new byte[32]);
    private final FederatedAssumeService service = new FederatedAssumeService(
            fixtures.agencies.service,
            providers.oidc,
            providers.saml,
            fixtures.assume(fixtures.users.allowAll),
            fixtures.credentials,
            messages,
            fixtures.clock);
    private final OidcProviderView github = providers.oidc.create(
            OTHER_ACCOUNT_ROOT,
            new NewOidcProvider("github", ISSUER, List.of("client-a"), null, null, IdTokens.jwks(SIGNER)));
    private final SamlProviderView corp = providers.saml.create(
            OTHER_ACCOUNT_ROOT,
            "corp",
            new SamlProviderChange(IDP.metadata(NOW.plusSeconds(86_400)), null, null, null, null));

    @Test
    void anIdTokenOfATrustedProviderGivesASessionWithoutAskingIdentityPolicies() {
        AgencyView agency = agencyTrusting(github.urn(), null, null);
        fixtures.users.checks.clear();

        FederatedAssumption assumption = service.assumeWithOidc(oidc(agency, "ci-run", token("repo:org/app")));

        assertThat(assumption.identity())
                .isEqualTo(new FederatedIdentity(github.urn(), ISSUER, "repo:org/app", null, "client-a", null));
        AgencySession session = assumption.assumed().credentials().session();
        assertThat(assumption.assumed().urn()).isEqualTo("sts::" + ACCOUNT + ":assumed-agency:deployer/ci-run");
        assertThat(session.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(session.tags()).isEmpty();
        assertThat(session.sourceIdentity()).isNull();
        assertThat(session.mfaPresent()).isFalse();
        assertThat(session.chained()).isFalse();
        assertThat(fixtures.users.checks).isEmpty();
    }

    @Test
    void refusesTheRequestsFieldsFirst() {
        AgencyView agency = agencyTrusting(github.urn(), null, null);
        String token = token("repo:org/app");

        assertRefused(
                new FederatedAssumeRequest(null, agency.urn(), "ci-run", token, null, null, null), "provider_urn");
        assertRefused(
                new FederatedAssumeRequest("x".repeat(1501), agency.urn(), "ci-run", token, null, null, null),
                "provider_urn");
        assertRefused(
                new FederatedAssumeRequest(github.urn(), "deployer", "ci-run", token, null, null, null), "agency_urn");
        assertRefused(
                new FederatedAssumeRequest(github.urn(), agency.urn(), "ci-run", token, 899, null, null),
                "duration_seconds");
        assertRefused(
                new FederatedAssumeRequest(github.urn(), agency.urn(), "ci-run", null, null, null, null), "id_token");
        assertRefused(
                new FederatedAssumeRequest(github.urn(), agency.urn(), "ci-run", "abc", null, null, null), "id_token");
        assertRefused(
                new FederatedAssumeRequest(github.urn(), agency.urn(), "ci-run", "x".repeat(20_001), null, null, null),
                "id_token");
    }

    @Test
    void theProviderIsFoundByItsUrnAndKind() {
        AgencyView agency = agencyTrusting(github.urn(), null, null);

        assertThatThrownBy(() -> service.assumeWithOidc(new FederatedAssumeRequest(
                        corp.urn(), agency.urn(), "ci-run", token("repo:org/app"), null, null, null)))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("entityType", "oidc provider");
        assertThatThrownBy(() -> service.assumeWithSaml(new FederatedAssumeRequest(
                        github.urn(), agency.urn(), "ci-run", samlResponse("alice", 3600), null, null, null)))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("entityType", "saml provider");
    }

    @Test
    void theTokenIsCheckedBeforeTheAgencyIsLookedFor() {
        String unknownAgency = "iam::" + ACCOUNT + ":agency:nobody";
        Map<String, Object> otherIssuer = claims("repo:org/app");
        otherIssuer.put("iss", ISSUER + "/other");

        assertThatThrownBy(() -> service.assumeWithOidc(new FederatedAssumeRequest(
                        github.urn(),
                        unknownAgency,
                        "ci-run",
                        IdTokens.rsa("rsa-1").sign(claims("x")),
                        null,
                        null,
                        null)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "id_token");
        assertThatThrownBy(() -> service.assumeWithOidc(new FederatedAssumeRequest(
                        github.urn(), unknownAgency, "ci-run", SIGNER.sign(otherIssuer), null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "id_token");
        assertThatThrownBy(() -> service.assumeWithOidc(new FederatedAssumeRequest(
                        github.urn(), unknownAgency, "ci-run", token("repo:org/app"), null, null, null)))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("entityType", "agency");
    }

    @Test
    void theTrustPolicyMustNameTheProvider() {
        AgencyView trustingAnother = agencyTrusting(corp.urn(), null, null);

        assertThatThrownBy(() -> service.assumeWithOidc(oidc(trustingAnother, "ci-run", token("repo:org/app"))))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(github.urn() + "/repo:org/app")
                .hasMessageContaining("sts:agencies:assume");
    }

    @Test
    void aRefusalExplainsItselfToTheAgencysAccountOnly() {
        AgencyView agency = agencyTrusting(github.urn(), "{'StringEquals':{'oidc:sub':['repo:org/app']}}", null);

        AccessDeniedException refused = catchThrowableOfType(
                AccessDeniedException.class,
                () -> service.assumeWithOidc(oidc(agency, "ci-run", token("repo:org/other"))));

        assertThat(messages.decode(ACCOUNT, refused.encodedMessage()))
                .hasValueSatisfying(text -> assertThat(text)
                        .contains("\"account_id\":\"" + ACCOUNT + "\"")
                        .contains("\"urn\":\"" + github.urn() + "/repo:org/other\"")
                        .contains("\"type\":\"Identity_provider\"")
                        .contains("\"action\":\"sts:agencies:assume\"")
                        .contains("\"oidc:sub\":[\"repo:org/other\"]")
                        .contains("\"failure\":\"implicit deny by trust policy\""));
        // the provider's account (the caller has none of its own) cannot read it
        assertThat(messages.decode(OTHER_ACCOUNT, refused.encodedMessage())).isEmpty();
    }

    @Test
    void theTrustPolicyDecidesOnTheTokensClaimsAndTheSessionName() {
        AgencyView agency = agencyTrusting(
                github.urn(),
                "{'StringEquals':{'oidc:sub':['repo:org/app'],'oidc:aud':['client-a'],'oidc:iss':['" + ISSUER
                        + "']},'StringLike':{'sts:AgencySessionName':['ci-*']}}",
                null);

        assertThatCode(() -> service.assumeWithOidc(oidc(agency, "ci-run", token("repo:org/app"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> service.assumeWithOidc(oidc(agency, "ci-run", token("repo:org/other"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.assumeWithOidc(oidc(agency, "manual", token("repo:org/app"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDurationIsAtMostTheAgencysMaximum() {
        AgencyView agency = agencyTrusting(github.urn(), null, 7200);

        assertThat(service.assumeWithOidc(new FederatedAssumeRequest(
                                github.urn(), agency.urn(), "ci-run", token("repo:org/app"), 7200, null, null))
                        .assumed()
                        .credentials()
                        .expiresAt())
                .isEqualTo(NOW.plusSeconds(7200));
        assertThatThrownBy(() -> service.assumeWithOidc(new FederatedAssumeRequest(
                        github.urn(), agency.urn(), "ci-run", token("repo:org/app"), 7201, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("max_session_duration, 7200");
    }

    @Test
    void sessionPoliciesAreTheAgencyAccountsAsForAssumeAgency() {
        AgencyView agency = agencyTrusting(github.urn(), null, null);
        fixtures.policies.policy("p-own", ACCOUNT);
        fixtures.policies.policy("p-other", OTHER_ACCOUNT);
        String policy =
                "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:users:listUsersV5\"]}]}";

        AgencySession session = service.assumeWithOidc(new FederatedAssumeRequest(
                        github.urn(), agency.urn(), "ci-run", token("repo:org/app"), null, policy, List.of("p-own")))
                .assumed()
                .credentials()
                .session();

        assertThat(session.sessionPolicy()).isEqualTo(policy);
        assertThat(session.sessionPolicyIds()).containsExactly("p-own");
        assertThatThrownBy(() -> service.assumeWithOidc(new FederatedAssumeRequest(
                        github.urn(), agency.urn(), "ci-run", token("repo:org/app"), null, null, List.of("p-other"))))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("entityType", "policy");
    }

    @Test
    void aSamlAssertionGivesASessionNoLongerThanItsSessionDuration() {
        AgencyView agency = agencyTrusting(corp.urn(), "{'StringEquals':{'saml:sub':['alice']}}", null);

        FederatedAssumption assumption =
                service.assumeWithSaml(saml(agency, "alice-session", samlResponse("alice", 1200)));

        String nameQualifier = base64Sha1(IDP.entityId() + OTHER_ACCOUNT + "/corp");
        assertThat(assumption.identity())
                .isEqualTo(new FederatedIdentity(
                        corp.urn(), IDP.entityId(), "alice", "persistent", SamlIdp.SP, nameQualifier));
        assertThat(assumption.assumed().credentials().expiresAt()).isEqualTo(NOW.plusSeconds(1200));
        assertThatThrownBy(() -> service.assumeWithSaml(saml(agency, "bob-session", samlResponse("bob", 3600))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSamlConditionKeysReachTheTrustPolicy() {
        String nameQualifier = base64Sha1(IDP.entityId() + OTHER_ACCOUNT + "/corp");
        AgencyView agency = agencyTrusting(
                corp.urn(),
                "{'StringEquals':{'saml:iss':['" + IDP.entityId() + "'],'saml:sub_type':['persistent'],"
                        + "'saml:namequalifier':['" + nameQualifier + "'],'saml:aud':['" + SamlIdp.SP + "']}}",
                null);

        assertThatCode(() -> service.assumeWithSaml(saml(agency, "alice-session", samlResponse("alice", 3600))))
                .doesNotThrowAnyException();
    }

    @Test
    void aSamlSessionShorterThanTheMinimumIsRefused() {
        AgencyView agency = agencyTrusting(corp.urn(), null, null);

        assertThatThrownBy(() -> service.assumeWithSaml(saml(agency, "alice-session", samlResponse("alice", 899))))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "saml_assertion");
        assertThatThrownBy(() -> service.assumeWithSaml(new FederatedAssumeRequest(
                        corp.urn(), agency.urn(), "s1", "x".repeat(100_001), null, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "saml_assertion");
    }

    @Test
    void theSamlDurationIsCappedByTheSessionEndTheAssertionGives() {
        VerifiedAssertion endsInHalfAnHour = new VerifiedAssertion(
                IDP.entityId(),
                "alice",
                "persistent",
                SamlIdp.SP,
                Optional.of(7200),
                Optional.of(NOW.plusSeconds(1800)),
                Map.of());
        VerifiedAssertion unlimited = new VerifiedAssertion(
                IDP.entityId(), "alice", "persistent", SamlIdp.SP, Optional.empty(), Optional.empty(), Map.of());

        assertThat(FederatedAssumeService.samlDuration(3600, endsInHalfAnHour, NOW))
                .isEqualTo(1800);
        assertThat(FederatedAssumeService.samlDuration(3600, unlimited, NOW)).isEqualTo(3600);
        assertThatThrownBy(() -> FederatedAssumeService.samlDuration(3600, endsInHalfAnHour, NOW.plusSeconds(901)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "saml_assertion");
    }

    /** An agency of the caller's account whose trust policy allows the provider, on the optional condition. */
    private AgencyView agencyTrusting(String providerUrn, String condition, Integer maxSessionDuration) {
        return fixtures.agency(
                fixtures.users.rootCaller,
                "deployer",
                trustPolicy("{'Identity_provider':['" + providerUrn + "']}", "'sts:agencies:assume'", condition),
                maxSessionDuration);
    }

    private FederatedAssumeRequest oidc(AgencyView agency, String sessionName, String idToken) {
        return new FederatedAssumeRequest(github.urn(), agency.urn(), sessionName, idToken, null, null, null);
    }

    private FederatedAssumeRequest saml(AgencyView agency, String sessionName, String samlResponse) {
        return new FederatedAssumeRequest(corp.urn(), agency.urn(), sessionName, samlResponse, null, null, null);
    }

    private void assertRefused(FederatedAssumeRequest request, String field) {
        assertThatThrownBy(() -> service.assumeWithOidc(request))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field);
    }

    private static String token(String subject) {
        return SIGNER.sign(claims(subject));
    }

    private static Map<String, Object> claims(String subject) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", subject);
        claims.put("aud", "client-a");
        claims.put("exp", NOW.plusSeconds(600).getEpochSecond());
        return claims;
    }

    /** A base64 SAML Response with a signed assertion about {@code subject}, issued now. */
    private static String samlResponse(String subject, int sessionDuration) {
        return SamlIdp.encode(IDP.sign(SamlIdp.assertion(IDP.response(subject, NOW, SamlIdp.SP, sessionDuration))));
    }

    private static String base64Sha1(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
