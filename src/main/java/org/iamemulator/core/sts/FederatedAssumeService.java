package org.iamemulator.core.sts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.agency.AgencyService;
import org.iamemulator.core.agency.AgencyView;
import org.iamemulator.core.authz.AuthorizationMessages;
import org.iamemulator.core.authz.Authorizer;
import org.iamemulator.core.credential.TemporaryCredentials;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.federation.FederatedIdentity;
import org.iamemulator.core.federation.IdTokenVerifier;
import org.iamemulator.core.federation.JsonWebKeys;
import org.iamemulator.core.federation.OidcProviderService;
import org.iamemulator.core.federation.OidcProviderView;
import org.iamemulator.core.federation.SamlMetadata;
import org.iamemulator.core.federation.SamlProviderService;
import org.iamemulator.core.federation.SamlProviderView;
import org.iamemulator.core.federation.SamlResponseVerifier;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.policyengine.ConditionKeys;
import org.iamemulator.policyengine.Decision;
import org.iamemulator.policyengine.Outcome;
import org.iamemulator.policyengine.RequestContext;
import org.iamemulator.policyengine.TrustPolicy;
import org.iamemulator.policyengine.TrustPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * STS5 AssumeAgencyWithOIDC and AssumeAgencyWithSAML: unsigned calls whose proof of identity is an ID token or a
 * SAML Response of a registered provider (docs/identity.md). Only the agency's trust policy decides, for the principal
 * {@code Identity_provider: [<provider urn>]}, with the token's condition keys ({@code oidc:*} / {@code saml:*},
 * docs/policy-language.md) and {@code sts:AgencySessionName}.
 */
@Service
@Transactional
public class FederatedAssumeService {

    private static final int MAX_ID_TOKEN = 20_000;
    private static final int MAX_SAML_ASSERTION = 100_000;
    private static final int MIN_PROOF = 4;
    private static final int MAX_PROVIDER_URN = 1500;

    private final AgencyService agencies;
    private final OidcProviderService oidcProviders;
    private final SamlProviderService samlProviders;
    private final AssumeAgencyService assume;
    private final TemporaryCredentials credentials;
    private final AuthorizationMessages messages;
    private final Clock clock;

    public FederatedAssumeService(
            AgencyService agencies,
            OidcProviderService oidcProviders,
            SamlProviderService samlProviders,
            AssumeAgencyService assume,
            TemporaryCredentials credentials,
            AuthorizationMessages messages,
            Clock clock) {
        this.agencies = agencies;
        this.oidcProviders = oidcProviders;
        this.samlProviders = samlProviders;
        this.assume = assume;
        this.credentials = credentials;
        this.messages = messages;
        this.clock = clock;
    }

    public FederatedAssumption assumeWithOidc(FederatedAssumeRequest request) {
        check(request, "id_token", MAX_ID_TOKEN);
        OidcProviderView provider = oidcProviders
                .findByUrn(request.providerUrn())
                .orElseThrow(() -> new NotFoundException("oidc provider", request.providerUrn()));
        Instant now = clock.instant();
        IdTokenVerifier.VerifiedIdToken token = IdTokenVerifier.verify(
                request.proof(), provider.url(), provider.clientIds(), JsonWebKeys.parse(provider.jwks()), now);
        FederatedIdentity identity =
                new FederatedIdentity(provider.urn(), provider.url(), token.subject(), null, token.audience(), null);
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        conditions.put("oidc:iss", List.of(provider.url()));
        conditions.put("oidc:sub", List.of(token.subject()));
        conditions.put("oidc:aud", List.of(token.audience()));
        AgencyView agency = trustedAgency(request, identity, conditions);
        int duration = StsRules.duration(request.durationSeconds(), agency.maxSessionDuration(), false);
        return new FederatedAssumption(issue(agency, request, duration, now), identity);
    }

    public FederatedAssumption assumeWithSaml(FederatedAssumeRequest request) {
        check(request, "saml_assertion", MAX_SAML_ASSERTION);
        SamlProviderView provider = samlProviders
                .findByUrn(request.providerUrn())
                .orElseThrow(() -> new NotFoundException("saml provider", request.providerUrn()));
        Instant now = clock.instant();
        SamlResponseVerifier.VerifiedAssertion assertion =
                SamlResponseVerifier.verify(request.proof(), SamlMetadata.parse(provider.metadataDocument()), now);
        FederatedIdentity identity = new FederatedIdentity(
                provider.urn(),
                assertion.issuer(),
                assertion.subject(),
                assertion.subjectType(),
                assertion.audience(),
                nameQualifier(assertion.issuer(), provider.accountId(), provider.name()));
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        conditions.put("saml:iss", List.of(identity.issuer()));
        conditions.put("saml:sub", List.of(identity.subject()));
        conditions.put("saml:sub_type", List.of(identity.subjectType()));
        conditions.put("saml:namequalifier", List.of(identity.nameQualifier()));
        conditions.put("saml:aud", List.of(identity.audience()));
        AgencyView agency = trustedAgency(request, identity, conditions);
        int duration = samlDuration(
                StsRules.duration(request.durationSeconds(), agency.maxSessionDuration(), false), assertion, now);
        return new FederatedAssumption(issue(agency, request, duration, now), identity);
    }

    /** {@code BASE64(SHA1(issuer + account_id + "/" + provider_name))}, as the reference defines it. */
    static String nameQualifier(String issuer, String accountId, String providerName) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((issuer + accountId + "/" + providerName).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The requested duration, at most the assertion's SessionDuration and what is left until SessionNotOnOrAfter. */
    static int samlDuration(int requested, SamlResponseVerifier.VerifiedAssertion assertion, Instant now) {
        long seconds = requested;
        if (assertion.sessionDuration().isPresent()) {
            seconds = Math.min(seconds, assertion.sessionDuration().get());
        }
        if (assertion.sessionNotOnOrAfter().isPresent()) {
            seconds = Math.min(
                    seconds,
                    Duration.between(now, assertion.sessionNotOnOrAfter().get()).getSeconds());
        }
        if (seconds < StsRules.MIN_DURATION) {
            throw InvalidInputException.field(
                    "saml_assertion",
                    "(SAML assertion)",
                    "a SessionDuration and" + " SessionNotOnOrAfter that leave a session of at least "
                            + StsRules.MIN_DURATION + " seconds");
        }
        return (int) seconds;
    }

    /** The fields of the request on their own; the agency URN, session name, duration and policies as AssumeAgency. */
    private static void check(FederatedAssumeRequest request, String proofField, int maxProof) {
        if (request.providerUrn() == null) {
            throw InvalidInputException.missingField("provider_urn");
        }
        if (request.providerUrn().length() > MAX_PROVIDER_URN) {
            throw InvalidInputException.field(
                    "provider_urn",
                    request.providerUrn().substring(0, 64) + "…",
                    "at most " + MAX_PROVIDER_URN + " characters");
        }
        StsRules.check(new AssumeAgencyRequest(
                request.agencyUrn(),
                request.sessionName(),
                request.durationSeconds(),
                null,
                request.policy(),
                request.policyIds(),
                null,
                null,
                null,
                null,
                null));
        if (request.proof() == null) {
            throw InvalidInputException.missingField(proofField);
        }
        if (request.proof().length() < MIN_PROOF || request.proof().length() > maxProof) {
            throw InvalidInputException.field(
                    proofField,
                    request.proof().length() + " characters",
                    MIN_PROOF + " to " + maxProof + " characters");
        }
    }

    /** The agency the request names, whose trust policy must allow the provider's principal with these conditions. */
    private AgencyView trustedAgency(
            FederatedAssumeRequest request, FederatedIdentity identity, Map<String, List<String>> conditions) {
        AgencyView agency = agencies.findByUrn(request.agencyUrn())
                .orElseThrow(() -> new NotFoundException("agency", request.agencyUrn()));
        conditions.put(ConditionKeys.STS_AGENCY_SESSION_NAME, List.of(request.sessionName()));
        TrustPolicy trust = agencies.trustPolicy(agency.accountId(), agency.id());
        RequestContext.Builder context =
                RequestContext.builder().action(StsActions.ASSUME_AGENCY).resource(agency.urn());
        conditions.forEach(context::condition);
        RequestContext evaluated = context.build();
        Decision decision = trust.evaluate(TrustPrincipal.identityProvider(identity.providerUrn()), evaluated);
        if (!decision.allowed()) {
            throw new AccessDeniedException(
                    identity.providerUrn() + "/" + identity.subject(),
                    StsActions.ASSUME_AGENCY,
                    agency.urn(),
                    decision.outcome() == Outcome.EXPLICIT_DENY,
                    Authorizer.TRUST_POLICY,
                    messages.encodeFederated(
                            agency.accountId(), identity.providerUrn(), identity.subject(), evaluated, decision));
        }
        return agency;
    }

    private AssumedAgency issue(AgencyView agency, FederatedAssumeRequest request, int duration, Instant now) {
        String policy = AssumeAgencyService.sessionPolicy(request.policy());
        List<String> policyIds = assume.sessionPolicyIds(agency.accountId(), request.policyIds());
        Instant expiresAt = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(duration);
        return AssumedAgency.of(credentials.issue(new AgencySession(
                null,
                agency.accountId(),
                agency.id(),
                agency.name(),
                request.sessionName(),
                policy,
                policyIds,
                Map.of(),
                List.of(),
                null,
                false,
                null,
                expiresAt,
                false)));
    }
}
