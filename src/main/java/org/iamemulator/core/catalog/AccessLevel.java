package org.iamemulator.core.catalog;

import java.util.Locale;

/** How much an action lets its caller do, as the authorization schema classifies it. */
public enum AccessLevel {
    LIST,
    READ,
    WRITE,
    PERMISSION_MANAGEMENT,
    TAGGING;

    /** The schema's spelling: {@code list}, {@code permission_management}, … */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
