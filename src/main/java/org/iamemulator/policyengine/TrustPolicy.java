package org.iamemulator.policyengine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parsed, validated, immutable trust policy: who may assume an agency, and on which conditions. The grammar is
 * the identity-policy grammar (Version "5.0", Effect, Action/NotAction, Resource/NotResource, Condition) plus, in
 * every statement, exactly one of {@code Principal} or {@code NotPrincipal}: a map of {@code IAM}, {@code Service}
 * or {@code Identity_provider} to a list of strings (docs/policy-language.md). Safe to share between threads.
 */
public final class TrustPolicy {

    /** The {@link DecidingStatement#policyId()} of the statements a trust policy decides with. */
    public static final String POLICY_ID = "trust_policy";

    private final List<TrustStatement> statements;

    TrustPolicy(List<TrustStatement> statements) {
        this.statements = List.copyOf(statements);
    }

    /**
     * Parses and validates a trust policy; the size limit is the identity policies' ({@link PolicyDocument#MAX_BYTES}).
     * @throws PolicyValidationException with the location of the first problem found
     */
    public static TrustPolicy parse(String json) {
        return PolicyParser.parseTrust(json);
    }

    public List<TrustStatement> statements() {
        return statements;
    }

    /**
     * Decides whether {@code principal} may perform {@code request.action()} on the agency — the action is
     * {@code sts:agencies:assume}, {@code sts::tagSession} or {@code sts::setSourceIdentity} — with the request's
     * condition keys ({@code sts:ExternalId}, {@code sts:SourceIdentity}, {@code sts:AgencySessionName},
     * {@code sts:TransitiveTagKeys}, {@code g:RequestTag/<key>}, {@code g:TagKeys}, {@code g:SourceAccount},
     * {@code g:SourceUrn}, {@code g:PrincipalUrn}, …), which the caller puts in the context; the context's resource is
     * the agency's URN (statements without Resource cover it). A statement decides when its principals include the
     * requester (for NotPrincipal: exclude it), its action and resource match and all its conditions hold. Any
     * matching Deny wins; otherwise any matching Allow allows; otherwise the answer is an implicit deny. A root
     * principal gets no exemption here. {@link Decision#deciding()} lists the matching statements with
     * {@link #POLICY_ID} as their policy id.
     */
    public Decision evaluate(TrustPrincipal principal, RequestContext request) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(request, "request");
        List<DecidingStatement> denies = new ArrayList<>(1);
        List<DecidingStatement> allows = new ArrayList<>(1);
        for (TrustStatement trust : statements) {
            if (trust.matches(principal, request)) {
                Statement s = trust.statement();
                (s.effect() == Effect.DENY ? denies : allows)
                        .add(new DecidingStatement(POLICY_ID, null, s.index(), s.sid(), s.effect()));
            }
        }
        if (!denies.isEmpty()) {
            return new Decision(Outcome.EXPLICIT_DENY, denies);
        }
        if (!allows.isEmpty()) {
            return new Decision(Outcome.ALLOW, allows);
        }
        return Decision.IMPLICIT;
    }
}
