package org.iamemulator.core.identity;

import java.time.Instant;
import org.iamemulator.core.Urns;

/**
 * The authenticated principal a request acts as: always an IAM user (the root user included) of one account.
 * Every core operation takes the caller, so account isolation and permission checks cannot be forgotten.
 * {@code mfaAuthenticatedAt} is when the caller's credentials were obtained with a valid one-time code (an MFA
 * login), null when they were not.
 */
public record Caller(String accountId, String userId, String userName, boolean rootUser, Instant mfaAuthenticatedAt) {

    public Caller(String accountId, String userId, String userName, boolean rootUser) {
        this(accountId, userId, userName, rootUser, null);
    }

    public String urn() {
        return Urns.user(accountId, userName);
    }

    /** The same caller, authenticated with MFA at {@code at} (null: without). */
    public Caller withMfaAuthenticatedAt(Instant at) {
        return new Caller(accountId, userId, userName, rootUser, at);
    }
}
