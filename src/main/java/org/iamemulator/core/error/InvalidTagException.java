package org.iamemulator.core.error;

/** Tags that break the tagging rules: a malformed key or value, too many tags, or a key sent twice. */
public final class InvalidTagException extends ApiException {

    public enum Kind {
        NON_COMPLIANT,
        DUPLICATE_KEY
    }

    private final Kind kind;
    private final String field;
    private final String detail;

    public InvalidTagException(Kind kind, String field, String detail) {
        super(detail);
        this.kind = kind;
        this.field = field;
        this.detail = detail;
    }

    /** {@code tag_key} or {@code tag_value} when one tag's key or value is at fault, else null. */
    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
