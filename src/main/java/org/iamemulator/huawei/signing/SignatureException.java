package org.iamemulator.huawei.signing;

/**
 * Raised when a request signature cannot be accepted.
 *
 * <p>Messages describe <em>what</em> is wrong (which part, which header) but never contain the
 * secret key, a derived key or the expected signature, so they are safe to log. The HTTP layer maps
 * every reason to {@code 401 APIGW.0301}.
 */
public class SignatureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why verification failed. */
    public enum Reason {
        /** No Authorization header at all. */
        MISSING,
        /** Authorization header present but not parseable. */
        MALFORMED,
        /** Authorization uses an algorithm other than SDK-HMAC-SHA256 / V11-HMAC-SHA256. */
        UNSUPPORTED_ALGORITHM,
        /** No X-Sdk-Date header. */
        DATE_MISSING,
        /** X-Sdk-Date not in {@code yyyyMMdd'T'HHmmss'Z'} form. */
        DATE_INVALID,
        /** X-Sdk-Date further from the server clock than the allowed skew. */
        DATE_SKEWED,
        /** Everything parsed, but the signature does not match the request. */
        SIGNATURE_MISMATCH
    }

    private final Reason reason;

    public SignatureException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "SignatureException[" + reason + "]: " + getMessage();
    }
}
