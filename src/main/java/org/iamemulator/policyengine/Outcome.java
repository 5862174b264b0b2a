package org.iamemulator.policyengine;

/** Result of an authorization decision. */
public enum Outcome {
    /** At least one Allow statement matched and no Deny statement matched (or the principal is root). */
    ALLOW,
    /** At least one Deny statement matched; this always wins over Allow. */
    EXPLICIT_DENY,
    /** Nothing matched: access is denied by default. */
    IMPLICIT_DENY
}
