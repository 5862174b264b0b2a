package org.iamemulator.core.authz;

import java.util.Map;
import org.iamemulator.core.Urns;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.core.identity.Caller;

/**
 * The acting principal as policies see it, with its own tags ({@code g:PrincipalTag/<key>}: a user's tags, a
 * session's session tags). The simulator may evaluate documents for nobody in particular: then {@code userId},
 * {@code userName} and {@code session} are null.
 */
public record Principal(
        String accountId,
        String userId,
        String userName,
        boolean rootUser,
        Map<String, String> tags,
        AgencySession session) {

    public Principal {
        tags = Map.copyOf(tags);
    }

    public Principal(String accountId, String userId, String userName, boolean rootUser, Map<String, String> tags) {
        this(accountId, userId, userName, rootUser, tags, null);
    }

    public static Principal of(Caller caller, Map<String, String> tags) {
        return new Principal(
                caller.accountId(), caller.userId(), caller.userName(), caller.rootUser(), tags, caller.session());
    }

    /** {@code iam::<account>:user:<name>}, the session's URN, or null for nobody in particular. */
    public String urn() {
        if (session != null) {
            return session.urn();
        }
        return userName == null ? null : Urns.user(accountId, userName);
    }

    /** As {@link Caller#principalType()}; null for nobody in particular. */
    public String type() {
        if (session != null) {
            return Caller.ASSUMED_AGENCY_TYPE;
        }
        if (userId == null) {
            return null;
        }
        return rootUser ? Caller.ROOT_TYPE : Caller.USER_TYPE;
    }
}
