package org.iamemulator.core.error;

/** The caller's policies do not allow the action; carries the encrypted explanation for the caller's admin. */
public final class AccessDeniedException extends ApiException {

    private final String encodedMessage;
    private final boolean explicit;

    public AccessDeniedException(String principalUrn, String action, String resourceUrn, boolean explicit,
            String encodedMessage) {
        super("user " + principalUrn + " is not authorized to perform " + action
                + (resourceUrn == null ? "" : " on resource " + resourceUrn)
                + (explicit ? " with an explicit deny in an identity-based policy"
                        : " because no identity-based policy allows it"));
        this.encodedMessage = encodedMessage;
        this.explicit = explicit;
    }

    /** True when a Deny statement decided, false when no statement allowed (implicit deny). */
    public boolean explicit() {
        return explicit;
    }

    /** What DecodeAuthorizationMessage turns back into the decision's details. */
    public String encodedMessage() {
        return encodedMessage;
    }
}
