package org.iamemulator.core.error;

/**
 * A failure of an operation that a client caused or may see. Core services throw these with structured facts;
 * each dialect adapter renders them in its own cloud's error format and codes.
 */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
