package org.iamemulator.core.authz;

import java.util.List;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.policyengine.DecidingStatement;
import org.iamemulator.policyengine.Outcome;

/** Told of every authorization decision, e.g. to show it in the request journal. */
public interface AuthorizationObserver {

    /**
     * {@code deciding} is empty for the root user and for implicit denials; {@code enforced} is false when the
     * decision was not applied (a denial in soft mode, anything in off mode); {@code evaluationNanos} is the time
     * the policy evaluation took (0 when none was needed).
     */
    void decided(
            Caller caller,
            String action,
            String resourceUrn,
            Outcome outcome,
            List<DecidingStatement> deciding,
            boolean enforced,
            long evaluationNanos);
}
