package org.iamemulator.core.sts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.authz.Authorizer;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.authz.TrustCheck;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.policyengine.Decision;
import org.iamemulator.policyengine.Outcome;
import org.iamemulator.policyengine.RequestContext;
import org.iamemulator.policyengine.TrustPolicy;
import org.iamemulator.policyengine.TrustPrincipal;

/**
 * The trust side decided by the policy engine on the request's condition keys alone (no principal tags or request
 * facts, which the real check adds), remembering every question asked.
 */
final class EvaluatedTrust implements TrustCheck {

    /** Every question, as {@code action agency-urn}. */
    final List<String> asked = new ArrayList<>();
    /** The condition keys of the last question. */
    Map<String, List<String>> lastConditions = Map.of();

    @Override
    public void requireTrusted(
            Caller caller,
            TrustPolicy trust,
            String action,
            ProtectedResource agency,
            Map<String, List<String>> requestConditions) {
        asked.add(action + " " + agency.urn());
        lastConditions = requestConditions;
        RequestContext.Builder context = RequestContext.builder().action(action).resource(agency.urn());
        requestConditions.forEach(context::condition);
        Decision decision = trust.evaluate(TrustPrincipal.iam(caller.accountId(), caller.urn()), context.build());
        if (!decision.allowed()) {
            throw new AccessDeniedException(
                    caller.urn(),
                    action,
                    agency.urn(),
                    decision.outcome() == Outcome.EXPLICIT_DENY,
                    Authorizer.TRUST_POLICY,
                    null);
        }
    }
}
