package org.iamemulator.core.error;

/** The caller's policies (or an agency's trust policy) do not allow the action; carries the encrypted explanation for the caller's admin. */
public final class AccessDeniedException extends ApiException {

    private final String encodedMessage;
    private final boolean explicit;

    public AccessDeniedException(
            String principalUrn, String action, String resourceUrn, boolean explicit, String encodedMessage) {
        this(principalUrn, action, resourceUrn, explicit, "identity-based policy", encodedMessage);
    }

    /** {@code policyKind} names the kind of policy that refused: identity-based, session or trust policy. */
    public AccessDeniedException(
            String principalUrn,
            String action,
            String resourceUrn,
            boolean explicit,
            String policyKind,
            String encodedMessage) {
        super("user " + principalUrn + " is not authorized to perform " + action
                + (resourceUrn == null ? "" : " on resource " + resourceUrn)
                + (explicit
                        ? " with an explicit deny in " + article(policyKind) + " " + policyKind
                        : " because no " + policyKind + " allows it"));
        this.encodedMessage = encodedMessage;
        this.explicit = explicit;
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
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
