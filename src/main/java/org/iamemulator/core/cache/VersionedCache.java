package org.iamemulator.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A bounded cache of values read from the store that never keeps a value older than the last invalidation, even
 * when a load races with it. Loads run without any lock held (a load may wait for a connection; no other request
 * waits for it). A loaded value is kept only when no invalidation happened while it was loading:
 * {@link #invalidate} and friends count invalidations <em>before</em> removing, and a load re-checks the count
 * <em>after</em> storing its value, so that either the load sees the count move and withdraws its value, or the
 * removal comes after the store. {@link #invalidateAll} also moves a generation on, so that values stamped with
 * an older one are never served. Missing values (loader answers null) are never cached, nor is anything loaded
 * inside a writing transaction.
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(long generation, V value) {}

    private final Cache<K, Entry<V>> cache;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong invalidations = new AtomicLong();
    private final boolean enabled;

    public VersionedCache(CacheSettings settings) {
        this.enabled = settings.enabled();
        this.cache = Caffeine.newBuilder()
                .maximumSize(settings.maximumSize())
                .expireAfterWrite(settings.ttl())
                .build();
    }

    /** The cached value, or the loader's (cached unless null). */
    public V get(K key, Function<K, V> loader) {
        if (!enabled) {
            return loader.apply(key);
        }
        Entry<V> entry = cache.getIfPresent(key);
        if (entry != null && entry.generation() == generation.get()) {
            return entry.value();
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // a writing transaction may see its own uncommitted changes: use them, never cache them
            return loader.apply(key);
        }
        long startedAt = generation.get();
        long invalidationsBefore = invalidations.get();
        V value = loader.apply(key);
        if (value == null) {
            return null;
        }
        Entry<V> loaded = new Entry<>(startedAt, value);
        cache.put(key, loaded);
        if (invalidations.get() != invalidationsBefore) {
            cache.asMap().remove(key, loaded); // something changed while loading: do not keep what may be stale
        }
        return value;
    }

    public void invalidate(K key) {
        invalidations.incrementAndGet();
        cache.invalidate(key);
    }

    /** Drops the entries whose value matches. */
    public void invalidateIf(Predicate<V> matches) {
        invalidations.incrementAndGet();
        cache.asMap().values().removeIf(entry -> matches.test(entry.value()));
    }

    public void invalidateAll() {
        invalidations.incrementAndGet();
        generation.incrementAndGet();
        cache.invalidateAll();
    }

    public long size() {
        return cache.estimatedSize();
    }

    /** How caches are sized and kept coherent ({@code emulator.cache.*}). */
    public record CacheSettings(boolean enabled, long maximumSize, Duration ttl, boolean notifyInstances) {}
}
