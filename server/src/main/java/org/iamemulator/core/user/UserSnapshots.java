package org.iamemulator.core.user;

import org.iamemulator.core.cache.StoreChange;
import org.iamemulator.core.cache.StoreChangeListener;
import org.iamemulator.core.cache.VersionedCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users as authentication and policy evaluation need them (enabled, root, tags), cached by id: a signed request
 * by a known key reads no user row. Follows every committed change of a user or its tags (StoreChanges).
 */
@Component
public class UserSnapshots implements StoreChangeListener {

    private final UserRepository users;
    private final TransactionTemplate readOnly;
    private final VersionedCache<String, UserView> cache;

    UserSnapshots(UserRepository users, PlatformTransactionManager transactions,
            VersionedCache.CacheSettings settings) {
        this.users = users;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.cache = new VersionedCache<>(settings);
    }

    /** The user with its tags, or null when there is none with this id. */
    public UserView get(String userId) {
        return userId == null ? null : cache.get(userId, this::load);
    }

    private UserView load(String userId) {
        return readOnly.execute(status -> users.findById(userId).map(user -> UserView.of(user, true)).orElse(null));
    }

    @Override
    public void onChange(StoreChange change) {
        switch (change.kind()) {
            case USER -> cache.invalidate(change.id());
            case ALL -> cache.invalidateAll();
            default -> {
            }
        }
    }
}
