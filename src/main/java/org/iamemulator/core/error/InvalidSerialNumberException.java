package org.iamemulator.core.error;

/** An MFA device serial number that is not of the form the service issues. */
public final class InvalidSerialNumberException extends ApiException {

    private final String serialNumber;
    private final String rule;

    public InvalidSerialNumberException(String serialNumber, String rule) {
        super("invalid serial number: " + serialNumber);
        this.serialNumber = serialNumber;
        this.rule = rule;
    }

    public String serialNumber() {
        return serialNumber;
    }

    /** What a valid serial number looks like. */
    public String rule() {
        return rule;
    }
}
