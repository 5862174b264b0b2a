package org.iamemulator.core.policy;

import org.iamemulator.core.error.ApiException;

/** A policy path that breaks the documented rule. */
public final class InvalidPolicyPathException extends ApiException {

    private final String path;

    InvalidPolicyPathException(String path) {
        super("invalid path: " + path);
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String rule() {
        return PolicyRules.PATH_RULE;
    }
}
