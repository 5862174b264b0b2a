package org.iamemulator.core.user;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.iamemulator.core.cache.StoreChange;
import org.iamemulator.core.cache.StoreChangeListener;
import org.iamemulator.core.cache.VersionedCache;
import org.springframework.stereotype.Component;

/**
 * Users as authentication and policy evaluation need them (enabled, root, tags), cached by id: a signed request
 * by a known key reads no user row. Follows every committed change of a user or its tags (StoreChanges). Users
 * are also found by name (the dialects that address users by name): which id a name had is remembered, and the
 * user of that id is checked to still have that name on every read, so that a rename or a delete needs no
 * invalidation of its own.
 */
@Component
public class UserSnapshots implements StoreChangeListener {

    @PersistenceContext
    private EntityManager entityManager;

    private final VersionedCache<String, UserView> cache;
    /** {@code <account id> <name key>} to the id of the user that had this name. */
    private final VersionedCache<String, String> idsByName;

    UserSnapshots(VersionedCache.CacheSettings settings) {
        this.cache = new VersionedCache<>(settings);
        this.idsByName = new VersionedCache<>(settings);
    }

    /** The user with its tags, or null when there is none with this id. */
    public UserView get(String userId) {
        return userId == null ? null : cache.get(userId, this::load);
    }

    /** The account's user with this name (names are unique per account regardless of case), or null. */
    public UserView byName(String accountId, String name) {
        String nameKey = User.nameKey(name);
        String key = accountId + " " + nameKey;
        String id = idsByName.get(key, ignored -> idOf(accountId, nameKey));
        if (id == null) {
            return null;
        }
        UserView user = get(id);
        if (user != null
                && user.accountId().equals(accountId)
                && User.nameKey(user.name()).equals(nameKey)) {
            return user;
        }
        // renamed or deleted since the name was remembered: ask the store again
        idsByName.invalidate(key);
        user = get(idOf(accountId, nameKey));
        return user != null && User.nameKey(user.name()).equals(nameKey) ? user : null;
    }

    private String idOf(String accountId, String nameKey) {
        return entityManager
                .createQuery("select u.id from User u where u.accountId = :account and u.nameKey = :name", String.class)
                .setParameter("account", accountId)
                .setParameter("name", nameKey)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** One query, user and tags together, in auto-commit: a miss costs a single round trip to the store. */
    private UserView load(String userId) {
        return entityManager
                .createQuery("select u from User u left join fetch u.tags where u.id = :id", User.class)
                .setParameter("id", userId)
                .getResultList()
                .stream()
                .findFirst()
                .map(user -> UserView.of(user, true))
                .orElse(null);
    }

    @Override
    public void onChange(StoreChange change) {
        switch (change.kind()) {
            case USER -> cache.invalidate(change.id());
            case ALL -> {
                cache.invalidateAll();
                idsByName.invalidateAll();
            }
            default -> {}
        }
    }
}
