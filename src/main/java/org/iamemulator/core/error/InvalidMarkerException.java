package org.iamemulator.core.error;

/** A pagination marker that this emulator did not issue, or that no longer decodes. */
public final class InvalidMarkerException extends ApiException {

    public InvalidMarkerException() {
        super("invalid marker");
    }
}
