package org.iamemulator.core.credential;

import java.time.Instant;
import org.iamemulator.core.identity.Caller;

/** A token just issued by a password login: the token itself is only ever in this answer. */
public record IssuedToken(String token, Caller caller, String accountName, Instant issuedAt, Instant expiresAt) {}
