package org.iamemulator.core.authz;

import org.iamemulator.core.identity.Caller;

/**
 * The single place where core services ask whether the caller may perform an action on a resource.
 * Implementations throw {@link org.iamemulator.core.error.ApiException} to refuse.
 */
public interface PermissionCheck {

    void require(Caller caller, String action, ProtectedResource resource);
}
