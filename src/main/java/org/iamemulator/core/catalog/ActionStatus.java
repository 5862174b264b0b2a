package org.iamemulator.core.catalog;

import java.util.Locale;

/** What the catalog says about an action name. */
public enum ActionStatus {
    /** an action of {@code iam} or {@code sts} */
    KNOWN,
    /** named after {@code iam} or {@code sts}, but neither has it: policies naming it are refused */
    UNKNOWN,
    /** another service's action: the emulator has no catalog for it and accepts it */
    NOT_CATALOGUED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
