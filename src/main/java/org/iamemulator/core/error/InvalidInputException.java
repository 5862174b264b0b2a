package org.iamemulator.core.error;

/**
 * A request value broke a documented rule. {@link Source} tells where the value came from, because clouds report
 * an invalid path or query parameter differently from an invalid body field.
 */
public final class InvalidInputException extends ApiException {

    public enum Source {
        PARAMETER,
        BODY_FIELD,
        MISSING_BODY_FIELD
    }

    private final Source source;
    private final String field;
    private final String value;
    private final String rule;

    private InvalidInputException(Source source, String field, String value, String rule) {
        super(field + ": " + rule);
        this.source = source;
        this.field = field;
        this.value = value;
        this.rule = rule;
    }

    public static InvalidInputException parameter(String name, String rule) {
        return new InvalidInputException(Source.PARAMETER, name, null, rule);
    }

    public static InvalidInputException field(String name, Object value, String rule) {
        return new InvalidInputException(Source.BODY_FIELD, name, String.valueOf(value), rule);
    }

    public static InvalidInputException missingField(String name) {
        return new InvalidInputException(Source.MISSING_BODY_FIELD, name, null, "is required");
    }

    public Source source() {
        return source;
    }

    public String field() {
        return field;
    }

    /** The rule that was broken, in words a client developer understands. */
    public String rule() {
        return rule;
    }

    /** The offending value as sent; null for parameters and missing fields. */
    public String value() {
        return value;
    }
}
