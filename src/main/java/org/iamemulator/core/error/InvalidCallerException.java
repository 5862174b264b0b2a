package org.iamemulator.core.error;

/** An operation only an IAM user can call for itself (ChangePasswordV5), called by an assumed-agency session. */
public final class InvalidCallerException extends ApiException {

    public InvalidCallerException(String reason) {
        super(reason);
    }
}
