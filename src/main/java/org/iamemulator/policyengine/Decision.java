package org.iamemulator.policyengine;

import java.util.List;
import java.util.Objects;

/**
 * Outcome of {@link PolicyEngine#evaluate}. {@code deciding} lists every matching Deny statement for
 * {@link Outcome#EXPLICIT_DENY}, every matching Allow statement for {@link Outcome#ALLOW}, and is empty for
 * {@link Outcome#IMPLICIT_DENY} and for the root principal.
 */
public record Decision(Outcome outcome, List<DecidingStatement> deciding) {

    static final Decision ROOT_ALLOW = new Decision(Outcome.ALLOW, List.of());
    static final Decision IMPLICIT = new Decision(Outcome.IMPLICIT_DENY, List.of());

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        deciding = deciding == null ? List.of() : List.copyOf(deciding);
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }
}
