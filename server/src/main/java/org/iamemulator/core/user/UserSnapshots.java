package org.iamemulator.core.user;

import java.util.Map;
import java.util.TreeMap;
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

    /** An immutable copy of a user; tags sorted by key. */
    public record Snapshot(String id, String accountId, String name, boolean enabled, boolean rootUser,
            Map<String, String> tags) {
    }

    private final UserRepository users;
    private final TransactionTemplate readOnly;
    private final VersionedCache<String, Snapshot> cache;

    UserSnapshots(UserRepository users, PlatformTransactionManager transactions,
            VersionedCache.CacheSettings settings) {
        this.users = users;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.cache = new VersionedCache<>(settings);
    }

    /** The user, or null when there is none with this id. */
    public Snapshot get(String userId) {
        return userId == null ? null : cache.get(userId, this::load);
    }

    private Snapshot load(String userId) {
        return readOnly.execute(status -> users.findById(userId)
                .map(user -> new Snapshot(user.id(), user.accountId(), user.name(), user.enabled(), user.rootUser(),
                        java.util.Collections.unmodifiableMap(new TreeMap<>(user.tags()))))
                .orElse(null));
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
