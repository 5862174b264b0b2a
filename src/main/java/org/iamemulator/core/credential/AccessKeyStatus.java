package org.iamemulator.core.credential;

import java.util.Locale;

public enum AccessKeyStatus {
    ACTIVE,
    INACTIVE;

    /** {@code active} / {@code inactive}, as the API spells them. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status for an API value, or null when the value is not one. */
    public static AccessKeyStatus fromWireName(String value) {
        for (AccessKeyStatus status : values()) {
            if (status.wireName().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
