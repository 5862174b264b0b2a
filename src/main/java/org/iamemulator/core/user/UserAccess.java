package org.iamemulator.core.user;

import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the user an operation targets, within the caller's account only, and asks the permission check for the
 * operation's action on it. Every operation on a user or on what it owns (keys, passwords, …) starts here.
 */
@Component
@Transactional(readOnly = true)
public class UserAccess {

    private final UserRepository users;
    private final PermissionCheck permissions;

    UserAccess(UserRepository users, PermissionCheck permissions) {
        this.users = users;
        this.permissions = permissions;
    }

    public UserView authorize(Caller caller, String userId, String action) {
        return UserView.of(authorizedEntity(caller, userId, action), true);
    }

    User authorizedEntity(Caller caller, String userId, String action) {
        UserRules.checkUserIdParameter(userId);
        // another account's user is looked up exactly like a missing one, so it answers exactly the same
        User user = users.findByIdAndAccountId(userId, caller.accountId())
                .orElseThrow(() -> new NotFoundException("user", userId));
        permissions.require(caller, action, new ProtectedResource(user.urn(), user.tags(), user.rootUser()));
        return user;
    }
}
