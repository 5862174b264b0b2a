package org.iamemulator.core.error;

import java.util.Locale;

/** An identifier the client wrote that is not of the form the service issues or accepts (a path, a serial number). */
public final class MalformedIdentifierException extends ApiException {

    /** Which identifier: each has a code of its own in the dialects. */
    public enum Kind {
        PATH,
        MFA_SERIAL_NUMBER
    }

    private final Kind kind;
    private final String value;
    private final String rule;

    public MalformedIdentifierException(Kind kind, String value, String rule) {
        super("invalid " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + value);
        this.kind = kind;
        this.value = value;
        this.rule = rule;
    }

    public Kind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    /** What a valid identifier of this kind looks like. */
    public String rule() {
        return rule;
    }
}
