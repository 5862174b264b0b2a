package org.iamemulator.core.user;

import org.iamemulator.core.error.ApiException;

/** Tags that break the tagging rules: a malformed key or value, too many tags, or a key sent twice. */
public final class InvalidTagException extends ApiException {

    public enum Kind { NON_COMPLIANT, DUPLICATE_KEY }

    private final Kind kind;
    private final String detail;

    InvalidTagException(Kind kind, String detail) {
        super(detail);
        this.kind = kind;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
