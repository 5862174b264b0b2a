package org.iamemulator.core.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.Urns;

/**
 * An assumed-agency session: what a request signed with temporary credentials acts as. It acts in the agency's
 * account; its permissions are the agency's identity policies limited by the session policies ({@code
 * sessionPolicy}, {@code sessionPolicyIds}), looked up again on every request. {@code chained} says that the
 * session was itself obtained with temporary credentials.
 */
public record AgencySession(
        String accessKeyId,
        String accountId,
        String agencyId,
        String agencyName,
        String sessionName,
        String sessionPolicy,
        List<String> sessionPolicyIds,
        Map<String, String> tags,
        List<String> transitiveTagKeys,
        String sourceIdentity,
        boolean mfaPresent,
        Instant mfaAuthenticatedAt,
        Instant expiresAt,
        boolean chained) {

    public AgencySession {
        sessionPolicyIds = List.copyOf(sessionPolicyIds);
        tags = Map.copyOf(tags);
        transitiveTagKeys = List.copyOf(transitiveTagKeys);
    }

    /** The same session under its temporary access key id. */
    public AgencySession withAccessKeyId(String id) {
        return new AgencySession(
                id,
                accountId,
                agencyId,
                agencyName,
                sessionName,
                sessionPolicy,
                sessionPolicyIds,
                tags,
                transitiveTagKeys,
                sourceIdentity,
                mfaPresent,
                mfaAuthenticatedAt,
                expiresAt,
                chained);
    }

    /** {@code sts::<account>:assumed-agency:<agency-name>/<session-name>}. */
    public String urn() {
        return Urns.assumedAgency(accountId, agencyName, sessionName);
    }

    /** {@code <agency-id>:<session-name>}, the id GetCallerIdentity and AssumeAgency answer. */
    public String principalId() {
        return agencyId + ":" + sessionName;
    }

    /** Whether the session has session policies, which then limit the agency's permissions. */
    public boolean limitedBySessionPolicies() {
        return sessionPolicy != null || !sessionPolicyIds.isEmpty();
    }
}
