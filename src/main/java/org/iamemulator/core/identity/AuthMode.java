package org.iamemulator.core.identity;

/** How strictly requests are checked ({@code emulator.auth.mode}). */
public enum AuthMode {
    /** Verify everything; refuse what fails. */
    STRICT,
    /** Verify everything and log what would be refused, but let it through. */
    SOFT,
    /** Accept any well-formed request: a known key or token acts as its user, anything else as the default root. */
    OFF
}
