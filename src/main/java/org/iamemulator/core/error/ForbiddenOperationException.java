package org.iamemulator.core.error;

/** An operation that is never allowed on this entity, whoever asks (e.g. deleting an account's root user). */
public final class ForbiddenOperationException extends ApiException {

    public ForbiddenOperationException(String reason) {
        super(reason);
    }
}
