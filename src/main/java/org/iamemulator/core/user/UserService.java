package org.iamemulator.core.user;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iamemulator.core.Ids;
import org.iamemulator.core.Urns;
import org.iamemulator.core.UserUrnScheme;
import org.iamemulator.core.account.Quotas;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.ForbiddenOperationException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.group.GroupRepository;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.login.LastLogin;
import org.iamemulator.core.login.LoginHistory;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The user operations, for every dialect: lookups are confined to the caller's account. */
@Service
@Transactional
public class UserService {

    private final UserRepository users;
    private final LoginHistory logins;
    private final UserAccess access;
    private final GroupRepository groups;
    private final PermissionCheck permissions;
    private final Quotas quotas;
    private final Clock clock;

    public UserService(
            UserRepository users,
            LoginHistory logins,
            UserAccess access,
            GroupRepository groups,
            PermissionCheck permissions,
            Quotas quotas,
            Clock clock) {
        this.users = users;
        this.logins = logins;
        this.access = access;
        this.groups = groups;
        this.permissions = permissions;
        this.quotas = quotas;
        this.clock = clock;
    }

    /** Served from the cache of users: no transaction unless the user has to be loaded. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public UserView show(Caller caller, String userId) {
        return access.authorizeRead(caller, userId, UserActions.GET);
    }

    /** The time of the user's latest login, empty when the user never logged in. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Instant> lastLogin(Caller caller, String userId) {
        UserView user = access.authorizeRead(caller, userId, UserActions.SHOW_LAST_LOGIN);
        return logins.latest(user.id()).map(LastLogin::at);
    }

    /**
     * The named user of the caller's account with its latest login, after the permission check of {@code action}
     * on the user as {@code urns} names it ({@link UserAccess#authorizeByName}): for dialects that address users by
     * name and name them in their own scheme.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public UserWithLastLogin showByName(Caller caller, String userName, String action, UserUrnScheme urns) {
        UserView user = access.authorizeByName(caller, userName, action, urns);
        return new UserWithLastLogin(user, logins.latest(user.id()));
    }

    public UserView create(Caller caller, NewUser request) {
        UserRules.checkName("name", request.name());
        UserRules.checkDescription("description", request.description());
        if (request.enabled() == null) {
            throw InvalidInputException.missingField("enabled");
        }
        permissions.require(
                caller,
                UserActions.CREATE,
                new ProtectedResource(Urns.user(caller.accountId(), request.name()), Map.of(), false));
        requireNameFree(caller.accountId(), request.name());
        quotas.check(Quota.USERS, users.countByAccountId(caller.accountId()));
        User user = new User(
                Ids.random(),
                caller.accountId(),
                request.name(),
                request.description() == null ? "" : request.description(),
                request.enabled(),
                false,
                now());
        return UserView.of(users.save(user), false);
    }

    /** A page of the account's users; with {@code groupId}, only that group's members. */
    @Transactional(readOnly = true)
    public Page<UserView> list(Caller caller, PageRequest page, String groupId) {
        if (groupId != null) {
            UserRules.checkIdParameter("group_id", groupId);
        }
        permissions.require(caller, UserActions.LIST, wildcard(caller));
        Limit lookahead = Limit.of(page.limit() + 1);
        List<User> rows;
        if (groupId != null) {
            if (groups.findByIdAndAccountId(groupId, caller.accountId()).isEmpty()) {
                throw new NotFoundException("group", groupId);
            }
            rows = users.findGroupMembers(caller.accountId(), groupId, page.afterKey(), lookahead);
        } else {
            rows = page.afterKey() == null
                    ? users.findByAccountIdOrderById(caller.accountId(), lookahead)
                    : users.findByAccountIdAndIdGreaterThanOrderById(caller.accountId(), page.afterKey(), lookahead);
        }
        return Page.fromLookahead(rows, page.limit(), User::id).map(user -> UserView.of(user, false));
    }

    public UserView update(Caller caller, String userId, UserChanges changes) {
        if (changes.newName() != null) {
            UserRules.checkName("new_user_name", changes.newName());
        }
        UserRules.checkDescription("new_description", changes.newDescription());
        User user = access.authorizedEntity(caller, userId, UserActions.UPDATE);
        if (user.rootUser()
                && (Boolean.FALSE.equals(changes.enabled())
                        || (changes.newName() != null && !changes.newName().equals(user.name())))) {
            throw new ForbiddenOperationException("the root user cannot be disabled or renamed");
        }
        if (changes.newName() != null && !User.nameKey(changes.newName()).equals(User.nameKey(user.name()))) {
            requireNameFree(user.accountId(), changes.newName());
        }
        if (changes.newName() != null) {
            user.rename(changes.newName());
        }
        if (changes.newDescription() != null) {
            user.describe(changes.newDescription());
        }
        if (changes.enabled() != null) {
            user.setEnabled(changes.enabled());
        }
        return UserView.of(users.saveAndFlush(user), false);
    }

    /** Deletes the user and, through the store's cascades, everything it owns. */
    public void delete(Caller caller, String userId) {
        User user = access.authorizedEntity(caller, userId, UserActions.DELETE);
        if (user.rootUser()) {
            throw new ForbiddenOperationException("the root user cannot be deleted");
        }
        users.delete(user);
    }

    /** The user exists in the account; for filters and memberships, which check permission on their target. */
    @Transactional(readOnly = true)
    public boolean exists(String accountId, String userId) {
        return users.findByIdAndAccountId(userId, accountId).isPresent();
    }

    private static ProtectedResource wildcard(Caller caller) {
        return new ProtectedResource(Urns.user(caller.accountId(), "*"), Map.of(), false);
    }

    private void requireNameFree(String accountId, String name) {
        if (users.existsByAccountIdAndNameKey(accountId, User.nameKey(name))) {
            throw new ConflictException("user", "user name already exists: " + name);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
