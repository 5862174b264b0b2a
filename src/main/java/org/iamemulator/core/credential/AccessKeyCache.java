package org.iamemulator.core.credential;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import org.iamemulator.core.cache.StoreChange;
import org.iamemulator.core.cache.StoreChangeListener;
import org.iamemulator.core.cache.VersionedCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access keys by id as authentication needs them (secret, status, owner), cached, and the last-used write: at
 * most one per key per {@code resolution} from this instance, decided in memory so that a busy key costs no
 * statement per request. Follows committed changes of keys and of their owners (StoreChanges).
 */
@Component
class AccessKeyCache implements StoreChangeListener {

    record Entry(String accessKeyId, String secretKey, AccessKeyStatus status, String userId, String accountId) {}

    private final AccessKeyRepository keys;
    private final TransactionTemplate write;
    private final VersionedCache<String, Entry> cache;
    private final Cache<String, Instant> lastTouched;

    AccessKeyCache(
            AccessKeyRepository keys, PlatformTransactionManager transactions, VersionedCache.CacheSettings settings) {
        this.keys = keys;
        this.write = new TransactionTemplate(transactions);
        this.cache = new VersionedCache<>(settings);
        this.lastTouched = Caffeine.newBuilder()
                .maximumSize(settings.maximumSize())
                .expireAfterWrite(Duration.ofMinutes(1))
                .build();
    }

    /** The key, or null when there is none with this id. */
    Entry get(String accessKeyId) {
        return accessKeyId == null
                ? null
                : cache.get(
                        accessKeyId,
                        id -> keys.findById(id)
                                .map(key -> new Entry(
                                        key.accessKeyId(),
                                        key.secretKey(),
                                        key.status(),
                                        key.userId(),
                                        key.accountId()))
                                .orElse(null));
    }

    /** Moves the key's last-used time to {@code now} unless this instance did so within {@code resolution}. */
    void touch(String accessKeyId, Instant now, Duration resolution) {
        Instant previous = lastTouched.getIfPresent(accessKeyId);
        if (previous != null && previous.isAfter(now.minus(resolution))) {
            return;
        }
        lastTouched.put(accessKeyId, now);
        write.executeWithoutResult(status -> keys.touch(accessKeyId, now, now.minus(resolution)));
    }

    @Override
    public void onChange(StoreChange change) {
        switch (change.kind()) {
            case ACCESS_KEY -> cache.invalidate(change.id());
            // a deleted user takes its keys with it (a store cascade, not a key change)
            case USER -> cache.invalidateIf(entry -> entry.userId().equals(change.id()));
            case ALL -> cache.invalidateAll();
            default -> {}
        }
    }
}
