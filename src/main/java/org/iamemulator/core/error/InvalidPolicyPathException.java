package org.iamemulator.core.error;

/** A policy path that breaks the documented rule. */
public final class InvalidPolicyPathException extends ApiException {

    private final String path;
    private final String rule;

    public InvalidPolicyPathException(String path, String rule) {
        super("invalid path: " + path);
        this.path = path;
        this.rule = rule;
    }

    public String path() {
        return path;
    }

    /** What a valid path looks like. */
    public String rule() {
        return rule;
    }
}
