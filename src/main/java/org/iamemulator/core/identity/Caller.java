package org.iamemulator.core.identity;

import java.time.Instant;
import org.iamemulator.core.Urns;

/**
 * The authenticated principal a request acts as, in one account: an IAM user (the root user included), or an
 * assumed-agency session ({@code session} set, {@code userId} and {@code userName} null). Every core operation
 * takes the caller, so account isolation and permission checks cannot be forgotten. {@code mfaAuthenticatedAt} is
 * when the caller's credentials were obtained with a valid one-time code (an MFA login, a session assumed with
 * MFA), null when they were not.
 */
public record Caller(
        String accountId,
        String userId,
        String userName,
        boolean rootUser,
        Instant mfaAuthenticatedAt,
        AgencySession session) {

    /** The principal types as {@code g:PrincipalType} names them. */
    public static final String USER_TYPE = "User";

    public static final String ROOT_TYPE = "Root";
    public static final String ASSUMED_AGENCY_TYPE = "AssumedAgency";

    /** An IAM user. */
    public Caller(String accountId, String userId, String userName, boolean rootUser) {
        this(accountId, userId, userName, rootUser, null, null);
    }

    /** An IAM user, authenticated with MFA at {@code mfaAuthenticatedAt} (null: without). */
    public Caller(String accountId, String userId, String userName, boolean rootUser, Instant mfaAuthenticatedAt) {
        this(accountId, userId, userName, rootUser, mfaAuthenticatedAt, null);
    }

    /** A request signed with the session's temporary credentials. */
    public static Caller of(AgencySession session) {
        return new Caller(session.accountId(), null, null, false, session.mfaAuthenticatedAt(), session);
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

    /** The same caller, authenticated with MFA at {@code at} (null: without). */
    public Caller withMfaAuthenticatedAt(Instant at) {
        return new Caller(accountId, userId, userName, rootUser, at, session);
    }
}
