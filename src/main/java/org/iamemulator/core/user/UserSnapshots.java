package org.iamemulator.core.user;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.iamemulator.core.cache.StoreChange;
import org.iamemulator.core.cache.StoreChangeListener;
import org.iamemulator.core.cache.VersionedCache;
import org.springframework.stereotype.Component;

/**
 * Users as authentication and policy evaluation need them (enabled, root, tags), cached by id: a signed request
 * by a known key reads no user row. Follows every committed change of a user or its tags (StoreChanges).
 */
@Component
public class UserSnapshots implements StoreChangeListener {

    @PersistenceContext
    private EntityManager entityManager;
    private final VersionedCache<String, UserView> cache;

    UserSnapshots(VersionedCache.CacheSettings settings) {
        this.cache = new VersionedCache<>(settings);
    }

    /** The user with its tags, or null when there is none with this id. */
    public UserView get(String userId) {
        return userId == null ? null : cache.get(userId, this::load);
    }

    /** One query, user and tags together, in auto-commit: a miss costs a single round trip to the store. */
    private UserView load(String userId) {
        return entityManager.createQuery("select u from User u left join fetch u.tags where u.id = :id", User.class)
                .setParameter("id", userId).getResultList().stream().findFirst().map(user -> UserView.of(user, true))
                .orElse(null);
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
