package org.iamemulator.core.sts;

import org.iamemulator.core.identity.Caller;

/**
 * Who a request acts as, as GetCallerIdentity answers it: a user's URN and id, or a session's URN and
 * {@code <agency-id>:<session-name>}.
 */
public record CallerIdentity(String accountId, String principalUrn, String principalId) {

    /** Needs no permission, like the real service's (and AWS's) GetCallerIdentity: every caller may ask who it is. */
    public static CallerIdentity of(Caller caller) {
        return new CallerIdentity(caller.accountId(), caller.urn(), caller.principalId());
    }
}
