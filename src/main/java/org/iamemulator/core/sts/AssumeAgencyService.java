package org.iamemulator.core.sts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iamemulator.core.agency.AgencyService;
import org.iamemulator.core.agency.AgencyView;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.authz.TrustCheck;
import org.iamemulator.core.credential.TemporaryCredentials;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.MalformedPolicyException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.mfa.MfaService;
import org.iamemulator.core.policy.PolicyRepository;
import org.iamemulator.policyengine.ConditionKeys;
import org.iamemulator.policyengine.PolicyDocument;
import org.iamemulator.policyengine.PolicyValidationException;
import org.iamemulator.policyengine.TrustPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * STS5 AssumeAgency: temporary credentials for an agency of the caller's or another account. Both sides must allow
 * it: the caller's identity policies {@code sts:agencies:assume} on the agency (the root user may), and the agency's
 * trust policy the caller, with {@code sts::tagSession} for session tags and {@code sts::setSourceIdentity} for a
 * source identity. A caller that is itself a session passes on its transitive tags and its source identity. An MFA
 * code ({@code serial_number}, {@code token_code}) is checked against the caller's virtual MFA device.
 */
@Service
@Transactional
public class AssumeAgencyService {

    private final AgencyService agencies;
    private final PolicyRepository policies;
    private final PermissionCheck permissions;
    private final TrustCheck trust;
    private final TemporaryCredentials credentials;
    private final MfaService mfa;
    private final Clock clock;

    public AssumeAgencyService(
            AgencyService agencies,
            PolicyRepository policies,
            PermissionCheck permissions,
            TrustCheck trust,
            TemporaryCredentials credentials,
            MfaService mfa,
            Clock clock) {
        this.mfa = mfa;
        this.agencies = agencies;
        this.policies = policies;
        this.permissions = permissions;
        this.trust = trust;
        this.credentials = credentials;
        this.clock = clock;
    }

    public AssumedAgency assume(Caller caller, AssumeAgencyRequest request) {
        StsRules.check(request);
        AgencySession chainedFrom = caller.session();
        Map<String, String> tags = sessionTags(chainedFrom, StsRules.tags(request.tags(), request.transitiveTagKeys()));
        List<String> transitiveKeys = transitiveKeys(chainedFrom, request.transitiveTagKeys());
        String sourceIdentity = sourceIdentity(chainedFrom, request.sourceIdentity());
        Map<String, List<String>> conditions = conditions(request, tags, transitiveKeys, sourceIdentity);

        Optional<AgencyView> found = agencies.findByUrn(request.agencyUrn());
        AgencyView agency = permissions.requireFound(
                caller,
                StsActions.ASSUME_AGENCY,
                found,
                view -> new ProtectedResource(view.urn(), view.tags(), false),
                request.agencyUrn(),
                () -> new NotFoundException("agency", request.agencyUrn()),
                conditions);
        int duration = StsRules.duration(request.durationSeconds(), agency.maxSessionDuration(), caller.isSession());
        Instant mfaAuthenticatedAt = mfaAuthenticatedAt(caller, request);
        requireTrusted(caller, agency, request, withMfa(conditions, mfaAuthenticatedAt));
        String policy = sessionPolicy(request.policy());
        List<String> policyIds = sessionPolicyIds(agency.accountId(), request.policyIds());

        Instant expiresAt = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(duration);
        return AssumedAgency.of(credentials.issue(new AgencySession(
                null,
                agency.accountId(),
                agency.id(),
                agency.name(),
                request.sessionName(),
                policy,
                policyIds,
                tags,
                transitiveKeys,
                sourceIdentity,
                mfaAuthenticatedAt != null,
                mfaAuthenticatedAt,
                expiresAt,
                caller.isSession())));
    }

    /** The trust policy must allow the caller to assume, and to tag the session or set its source identity if asked. */
    private void requireTrusted(
            Caller caller, AgencyView agency, AssumeAgencyRequest request, Map<String, List<String>> conditions) {
        TrustPolicy trustPolicy = agencies.trustPolicy(agency.accountId(), agency.id());
        ProtectedResource resource = new ProtectedResource(agency.urn(), agency.tags(), false);
        trust.requireTrusted(caller, trustPolicy, StsActions.ASSUME_AGENCY, resource, conditions);
        if (request.tags() != null && !request.tags().isEmpty()) {
            trust.requireTrusted(caller, trustPolicy, StsActions.TAG_SESSION, resource, conditions);
        }
        if (request.sourceIdentity() != null) {
            trust.requireTrusted(caller, trustPolicy, StsActions.SET_SOURCE_IDENTITY, resource, conditions);
        }
    }

    /** The condition keys of the request, for both sides (surface reference §8.2). */
    private static Map<String, List<String>> conditions(
            AssumeAgencyRequest request, Map<String, String> tags, List<String> transitiveKeys, String sourceIdentity) {
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        conditions.put(ConditionKeys.STS_AGENCY_SESSION_NAME, List.of(request.sessionName()));
        if (request.externalId() != null) {
            conditions.put(ConditionKeys.STS_EXTERNAL_ID, List.of(request.externalId()));
        }
        if (sourceIdentity != null) {
            conditions.put(ConditionKeys.STS_SOURCE_IDENTITY, List.of(sourceIdentity));
        }
        if (!transitiveKeys.isEmpty()) {
            conditions.put(ConditionKeys.STS_TRANSITIVE_TAG_KEYS, transitiveKeys);
        }
        if (!tags.isEmpty()) {
            conditions.put(ConditionKeys.TAG_KEYS, List.copyOf(tags.keySet()));
            tags.forEach((key, value) -> conditions.put(ConditionKeys.REQUEST_TAG_PREFIX + key, List.of(value)));
        }
        return conditions;
    }

    /** The caller's transitive tags, which the request may not set again, then the request's. */
    private static Map<String, String> sessionTags(AgencySession chainedFrom, Map<String, String> requested) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (chainedFrom != null) {
            Set<String> requestedKeys = lowerCased(requested.keySet());
            for (String key : chainedFrom.transitiveTagKeys()) {
                if (requestedKeys.contains(key.toLowerCase(Locale.ROOT))) {
                    throw InvalidInputException.field(
                            "tags.key", key, "a key other than the transitive tags the session passes on");
                }
                tags.put(key, chainedFrom.tags().get(key));
            }
        }
        tags.putAll(requested);
        return tags;
    }

    private static List<String> transitiveKeys(AgencySession chainedFrom, List<String> requested) {
        Set<String> keys = new LinkedHashSet<>();
        if (chainedFrom != null) {
            keys.addAll(chainedFrom.transitiveTagKeys());
        }
        if (requested != null) {
            keys.addAll(requested);
        }
        return List.copyOf(keys);
    }

    /** A session's source identity stays for the sessions it assumes; it cannot be changed. */
    private static String sourceIdentity(AgencySession chainedFrom, String requested) {
        String carried = chainedFrom == null ? null : chainedFrom.sourceIdentity();
        if (carried != null && requested != null && !carried.equals(requested)) {
            throw InvalidInputException.field(
                    "source_identity", requested, "the source identity of the calling session, " + carried);
        }
        return carried != null ? carried : requested;
    }

    /** The inline session policy, parsed by the identity-policy parser; kept as the text given. */
    static String sessionPolicy(String policy) {
        if (policy == null) {
            return null;
        }
        try {
            PolicyDocument.parse(policy);
        } catch (PolicyValidationException e) {
            throw new MalformedPolicyException(e.getMessage());
        }
        return policy;
    }

    /** Policies used as session policies: custom policies of the agency's account or system policies. */
    List<String> sessionPolicyIds(String accountId, List<String> policyIds) {
        List<String> ids = new ArrayList<>();
        for (String id : policyIds == null ? List.<String>of() : policyIds) {
            if (policies.findVisible(id, accountId).isEmpty()) {
                throw new NotFoundException("policy", id);
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * The time of this request's MFA code, checked against the caller's enabled virtual MFA device; without a code,
     * the caller's own MFA time (an MFA login's token, the MFA time of the session that assumes), or null.
     */
    private Instant mfaAuthenticatedAt(Caller caller, AssumeAgencyRequest request) {
        if (request.serialNumber() == null) {
            return caller.mfaAuthenticatedAt();
        }
        if (caller.isSession()) {
            throw InvalidInputException.field(
                    "serial_number",
                    request.serialNumber(),
                    "no serial number: MFA devices belong to users, and the caller is an assumed-agency session");
        }
        mfa.verify(caller.accountId(), caller.userId(), request.serialNumber(), request.tokenCode());
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@code g:MFAPresent} and {@code g:MFAAge} as the new session will have them, for the trust policy. */
    private Map<String, List<String>> withMfa(Map<String, List<String>> conditions, Instant mfaAuthenticatedAt) {
        Map<String, List<String>> withMfa = new LinkedHashMap<>(conditions);
        withMfa.put(ConditionKeys.MFA_PRESENT, List.of(String.valueOf(mfaAuthenticatedAt != null)));
        if (mfaAuthenticatedAt != null) {
            withMfa.put(
                    ConditionKeys.MFA_AGE,
                    List.of(String.valueOf(Math.max(
                            0,
                            Duration.between(mfaAuthenticatedAt, clock.instant())
                                    .toSeconds()))));
        }
        return withMfa;
    }

    private static Set<String> lowerCased(Set<String> keys) {
        Set<String> lower = new LinkedHashSet<>();
        keys.forEach(key -> lower.add(key.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
