package org.iamemulator.core.authz;

import org.iamemulator.core.identity.Caller;
import org.springframework.stereotype.Component;

/** Lets every authenticated caller do everything in its own account: the seam the policy engine plugs into. */
@Component
class AllowAllPermissionCheck implements PermissionCheck {

    @Override
    public void require(Caller caller, String action, ProtectedResource resource) {
        // account isolation is enforced by the services' lookups; policies are not evaluated here
    }
}
