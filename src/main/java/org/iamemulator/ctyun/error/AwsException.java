package org.iamemulator.ctyun.error;

/** A failure answered as an AWS Query {@code ErrorResponse}. */
public final class AwsException extends RuntimeException {

    private final transient AwsError error;

    AwsException(AwsError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public AwsError error() {
        return error;
    }
}
