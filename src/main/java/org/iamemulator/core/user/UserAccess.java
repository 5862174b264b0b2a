package org.iamemulator.core.user;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iamemulator.core.Urns;
import org.iamemulator.core.UserUrnScheme;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.tag.ResourceType;
import org.iamemulator.core.tag.Taggable;
import org.iamemulator.core.tag.TaggableResources;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the user an operation targets, within the caller's account only, and asks the permission check for the
 * operation's action on it. Every operation on a user or on what it owns (keys, passwords, …) starts here.
 */
@Component
@Transactional(readOnly = true)
public class UserAccess implements TaggableResources {

    private final UserRepository users;
    private final PermissionCheck permissions;
    private final UserSnapshots snapshots;

    UserAccess(UserRepository users, PermissionCheck permissions, UserSnapshots snapshots) {
        this.users = users;
        this.permissions = permissions;
        this.snapshots = snapshots;
    }

    /**
     * As {@link #authorize}, for reads: the user comes from the cache of users (UserSnapshots), which follows
     * every committed change, so a read of a cached user costs no query and no transaction.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public UserView authorizeRead(Caller caller, String userId, String action) {
        UserRules.checkUserIdParameter(userId);
        Optional<UserView> user = Optional.ofNullable(snapshots.get(userId))
                .filter(found -> found.accountId().equals(caller.accountId()));
        return permissions.requireFound(
                caller,
                action,
                user,
                found -> new ProtectedResource(found.urn(), found.tags(), found.rootUser()),
                Urns.user(caller.accountId(), "*"),
                () -> new NotFoundException("user", userId),
                Map.of());
    }

    public UserView authorize(Caller caller, String userId, String action) {
        return UserView.of(authorizedEntity(caller, userId, action), true);
    }

    /** As {@link #authorize}, with condition-key values only the request carries ({@code iam:PolicyURN}, …). */
    public UserView authorize(
            Caller caller, String userId, String action, Map<String, List<String>> requestConditions) {
        return UserView.of(authorizedEntity(caller, userId, action, requestConditions), true);
    }

    @Override
    public ResourceType type() {
        return ResourceType.USER;
    }

    @Override
    @Transactional
    public Taggable authorizedForTagging(
            Caller caller, String userId, String action, Map<String, List<String>> requestConditions) {
        return authorizedEntity(caller, userId, action, requestConditions);
    }

    User authorizedEntity(Caller caller, String userId, String action) {
        return authorizedEntity(caller, userId, action, Map.of());
    }

    /**
     * A missing user is checked as {@code iam::<account>:user:*} before it is reported missing, so that only
     * callers allowed to act on every user learn whether an id exists (docs/authorization.md).
     */
    User authorizedEntity(Caller caller, String userId, String action, Map<String, List<String>> requestConditions) {
        UserRules.checkUserIdParameter(userId);
        // another account's user is looked up exactly like a missing one, so it answers exactly the same
        return permissions.requireFound(
                caller,
                action,
                users.findByIdAndAccountId(userId, caller.accountId()),
                user -> new ProtectedResource(user.urn(), user.tags(), user.rootUser()),
                Urns.user(caller.accountId(), "*"),
                () -> new NotFoundException("user", userId),
                requestConditions);
    }

    /**
     * As {@link #authorize}, addressing the user by name (names are unique per account regardless of case) and
     * naming it, for the permission check, with the dialect's scheme (e.g. {@code acs:ram::<account>:user/<name>}).
     * A missing user is checked as {@code urns.userUrn(account, "*")} first, as in {@link #authorize}. Read from the
     * cache of users, as {@link #authorizeRead}.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public UserView authorizeByName(Caller caller, String userName, String action, UserUrnScheme urns) {
        return authorizeNamed(
                caller, Optional.ofNullable(snapshots.byName(caller.accountId(), userName)), userName, action, urns);
    }

    /**
     * Refuses access to the named user of another account exactly as {@link #authorizeByName} refuses a missing
     * user of the caller's account, so that a caller learns nothing about other accounts.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public UserView authorizeOtherAccountsUser(Caller caller, String userName, String action, UserUrnScheme urns) {
        return authorizeNamed(caller, Optional.empty(), userName, action, urns);
    }

    private UserView authorizeNamed(
            Caller caller, Optional<UserView> user, String userName, String action, UserUrnScheme urns) {
        String accountId = caller.accountId();
        return permissions.requireFound(
                caller,
                action,
                user,
                found -> new ProtectedResource(urns.userUrn(accountId, found.name()), found.tags(), found.rootUser()),
                urns.userUrn(accountId, "*"),
                () -> new NotFoundException("user", userName));
    }
}
