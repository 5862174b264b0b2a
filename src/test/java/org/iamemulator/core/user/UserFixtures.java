package org.iamemulator.core.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.account.QuotaSettings;
import org.iamemulator.core.account.Quotas;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.support.FakeRepository;

/** Users in memory, the way the core services find them, for unit tests of those services in any core package. */
public final class UserFixtures {

    public static final String ACCOUNT = "a0000000000000000000000000000001";
    public static final String OTHER_ACCOUNT = "a0000000000000000000000000000002";
    public static final Instant CREATED = Instant.parse("2024-01-31T08:00:00Z");
    /** The root user of the other account, which must never see the first account's entities. */
    public static final Caller OTHER_ACCOUNT_ROOT =
            new Caller(OTHER_ACCOUNT, "root0000000000000000000000000002", "other", true);

    /** Every permission check asked, as {@code action resource-urn}; all are allowed. */
    public final List<String> checks = new ArrayList<>();

    /** The request's condition-key values of every permission check asked, in the order of {@link #checks}. */
    public final List<Map<String, List<String>>> requestConditions = new ArrayList<>();

    public final PermissionCheck allowAll = (caller, action, resource, conditions) -> {
        checks.add(action + " " + resource.urn());
        requestConditions.add(conditions);
    };
    /** Refuses every action, as the real check refuses a caller no policy allows. */
    public static final PermissionCheck DENY_ALL = (caller, action, resource, conditions) -> {
        throw new AccessDeniedException(caller.userName(), action, resource.urn(), false, null);
    };

    public final FakeRepository<User, String> rows = new FakeRepository<>(User::id);
    public final UserRepository repository = rows.as(
            UserRepository.class,
            Map.of(
                    "findByIdAndAccountId",
                            args -> rows.find(user -> user.id().equals(args[0])
                                    && user.accountId().equals(args[1])),
                    "existsByAccountIdAndNameKey",
                            args -> rows.any(user -> user.accountId().equals(args[0])
                                    && User.nameKey(user.name()).equals(args[1])),
                    "countByAccountId",
                            args -> rows.count(user -> user.accountId().equals(args[0]))));
    public final User root =
            rows.add(new User("root0000000000000000000000000001", ACCOUNT, "emulator", "", true, true, CREATED));
    public final Caller rootCaller = new Caller(ACCOUNT, root.id(), root.name(), true);
    /** The real service's default quotas. */
    public static final Quotas QUOTAS = new Quotas(new QuotaSettings(50, 20, 1500));

    /** Finds users of the caller's account and allows every action on them (the cache of users is not used). */
    public UserAccess access() {
        return new UserAccess(repository, allowAll, null);
    }

    public User user(String id, String accountId, String name) {
        return rows.add(new User(id, accountId, name, "", true, false, CREATED));
    }

    public UserView view(User user) {
        return UserView.of(user, true);
    }
}
