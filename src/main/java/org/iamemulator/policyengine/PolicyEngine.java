package org.iamemulator.policyengine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides a request against the identity policies that apply to the principal. Stateless and thread-safe.
 * Order: root principal ⇒ ALLOW; any matching Deny ⇒ EXPLICIT_DENY; any matching Allow ⇒ ALLOW;
 * otherwise IMPLICIT_DENY.
 */
public final class PolicyEngine {

    public Decision evaluate(RequestContext request, List<AttachedPolicy> policies) {
        Objects.requireNonNull(request, "request");
        if (request.principalIsRoot()) {
            return Decision.ROOT_ALLOW;
        }
        if (policies == null || policies.isEmpty()) {
            return Decision.IMPLICIT;
        }
        // Lists are created only when something matches, keeping the common path allocation-free.
        List<DecidingStatement> denies = null;
        List<DecidingStatement> allows = null;
        for (int p = 0, np = policies.size(); p < np; p++) {
            AttachedPolicy policy = policies.get(p);
            for (Statement s : policy.document().statementArray()) {
                boolean deny = s.effect() == Effect.DENY;
                if (!deny && denies != null) {
                    continue; // an Allow can no longer change the outcome
                }
                if (!s.matches(request)) {
                    continue;
                }
                DecidingStatement d =
                        new DecidingStatement(policy.policyId(), policy.versionId(), s.index(), s.sid(), s.effect());
                if (deny) {
                    if (denies == null) {
                        denies = new ArrayList<>(2);
                    }
                    denies.add(d);
                } else {
                    if (allows == null) {
                        allows = new ArrayList<>(2);
                    }
                    allows.add(d);
                }
            }
        }
        if (denies != null) {
            return new Decision(Outcome.EXPLICIT_DENY, denies);
        }
        if (allows != null) {
            return new Decision(Outcome.ALLOW, allows);
        }
        return Decision.IMPLICIT;
    }

    /**
     * What a limited principal may do (an assumed-agency session: the agency's identity policies limited by the
     * session policies): both sets must allow. An explicit deny in either wins, then an implicit deny of either;
     * an allow lists the allowing statements of both. An empty {@code limits} does not limit.
     */
    public LimitedDecision evaluateLimited(
            RequestContext request, List<AttachedPolicy> policies, List<AttachedPolicy> limits) {
        Decision own = evaluate(request, policies);
        if (limits == null) {
            return new LimitedDecision(own, false);
        }
        Decision limit = evaluate(request, limits);
        if (own.outcome() == Outcome.EXPLICIT_DENY) {
            return new LimitedDecision(own, false);
        }
        if (limit.outcome() == Outcome.EXPLICIT_DENY) {
            return new LimitedDecision(limit, true);
        }
        if (!own.allowed()) {
            return new LimitedDecision(own, false);
        }
        if (!limit.allowed()) {
            return new LimitedDecision(limit, true);
        }
        List<DecidingStatement> both = new ArrayList<>(own.deciding());
        both.addAll(limit.deciding());
        return new LimitedDecision(new Decision(Outcome.ALLOW, both), false);
    }

    /** A decision and whether the limiting policies (not the principal's own) refused. */
    public record LimitedDecision(Decision decision, boolean refusedByLimit) {}
}
