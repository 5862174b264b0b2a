package org.iamemulator.core.identity;

import org.iamemulator.core.Urns;

/**
 * The authenticated principal a request acts as: always an IAM user (the root user included) of one account.
 * Every core operation takes the caller, so account isolation and permission checks cannot be forgotten.
 */
public record Caller(String accountId, String userId, String userName, boolean rootUser) {

    public String urn() {
        return Urns.user(accountId, userName);
    }
}
