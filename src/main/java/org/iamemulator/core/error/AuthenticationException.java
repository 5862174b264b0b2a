package org.iamemulator.core.error;

/** The request's credentials do not establish a caller; each dialect renders the reason its own way. */
public final class AuthenticationException extends ApiException {

    public enum Reason {
        UNKNOWN_ACCESS_KEY,
        ACCESS_KEY_INACTIVE,
        ACCESS_KEY_LOCKED,
        USER_DISABLED,
        TOKEN_INVALID,
        TOKEN_EXPIRED,
        WRONG_PASSWORD,
        LOCKED_OUT,
        PASSWORD_EXPIRED,
        ADDRESS_NOT_ALLOWED,
        /** Temporary credentials: the security token is missing (or not signed), not this emulator's, or expired. */
        SECURITY_TOKEN_MISSING,
        SECURITY_TOKEN_INVALID,
        SECURITY_TOKEN_EXPIRED,
        /** A password login without the current code of the user's enabled MFA device, or a code and no device. */
        MFA_CODE_INVALID
    }

    private final Reason reason;
    private final String subject;

    /** {@code subject} names what failed (an access key id, a user name, an expiry time); never a secret. */
    public AuthenticationException(Reason reason, String subject) {
        super(reason + ": " + subject);
        this.reason = reason;
        this.subject = subject;
    }

    public Reason reason() {
        return reason;
    }

    public String subject() {
        return subject;
    }
}
