package org.iamemulator.core.identity;

import org.iamemulator.core.Urns;

/**
 * The authenticated principal a request acts as, in one account: an IAM user (the root user included), or an
 * assumed-agency session ({@code session} set, {@code userId} and {@code userName} null). Every core operation
 * takes the caller, so account isolation and permission checks cannot be forgotten.
 */
public record Caller(String accountId, String userId, String userName, boolean rootUser, AgencySession session) {

    /** The principal types as {@code g:PrincipalType} names them. */
    public static final String USER_TYPE = "User";
    public static final String ROOT_TYPE = "Root";
    public static final String ASSUMED_AGENCY_TYPE = "AssumedAgency";

    /** An IAM user. */
    public Caller(String accountId, String userId, String userName, boolean rootUser) {
        this(accountId, userId, userName, rootUser, null);
    }

    /** A request signed with the session's temporary credentials. */
    public static Caller of(AgencySession session) {
        return new Caller(session.accountId(), null, null, false, session);
    }

    public boolean isSession() {
        return session != null;
    }

    /** {@code iam::<account>:user:<name>}, or the session's {@code sts::<account>:assumed-agency:<agency>/<name>}. */
    public String urn() {
        return session != null ? session.urn() : Urns.user(accountId, userName);
    }

    /** The user id, or the session's {@code <agency-id>:<session-name>}. */
    public String principalId() {
        return session != null ? session.principalId() : userId;
    }

    /** {@value #USER_TYPE}, {@value #ROOT_TYPE} or {@value #ASSUMED_AGENCY_TYPE}. */
    public String principalType() {
        return session != null ? ASSUMED_AGENCY_TYPE : rootUser ? ROOT_TYPE : USER_TYPE;
    }
}
