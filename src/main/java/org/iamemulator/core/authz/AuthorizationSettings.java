package org.iamemulator.core.authz;

import org.iamemulator.core.identity.AuthMode;

/** How requests are authorized ({@code emulator.auth.mode}) and the key of encoded denial messages (may be null). */
public record AuthorizationSettings(AuthMode mode, String messageKey) {}
