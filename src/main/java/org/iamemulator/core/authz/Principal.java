package org.iamemulator.core.authz;

import java.util.Map;
import org.iamemulator.core.Urns;
import org.iamemulator.core.identity.Caller;

/**
 * The acting principal as policies see it, with its own tags ({@code g:PrincipalTag/<key>}). The simulator may
 * evaluate documents for nobody in particular: then {@code userId} and {@code userName} are null.
 */
public record Principal(String accountId, String userId, String userName, boolean rootUser,
        Map<String, String> tags) {

    public Principal {
        tags = Map.copyOf(tags);
    }

    public static Principal of(Caller caller, Map<String, String> tags) {
        return new Principal(caller.accountId(), caller.userId(), caller.userName(), caller.rootUser(), tags);
    }

    /** {@code iam::<account>:user:<name>}, or null for nobody in particular. */
    public String urn() {
        return userName == null ? null : Urns.user(accountId, userName);
    }
}
