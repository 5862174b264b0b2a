package org.iamemulator.core.error;

/** A policy document the engine refuses; the message says what is wrong and where. */
public final class MalformedPolicyException extends ApiException {

    public MalformedPolicyException(String problem) {
        super(problem);
    }
}
