package org.iamemulator.core.policy;

import org.iamemulator.core.error.ApiException;

/** A policy document the engine refuses; the message says what is wrong and where. */
public final class MalformedPolicyException extends ApiException {

    public MalformedPolicyException(String problem) {
        super(problem);
    }
}
