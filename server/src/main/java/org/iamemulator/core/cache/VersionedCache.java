package org.iamemulator.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A bounded cache of values read from the store that never keeps a value older than the last invalidation, even
 * when a load races with it: an entry is stamped with the generation current when its load <em>started</em>;
 * {@link #invalidateAll} moves the generation on, so that an entry loaded from the state before it is reloaded.
 * Single-key invalidation relies on Caffeine: removing a key waits for a load of that key in progress.
 * Missing values (loader answers null) are never cached.
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(long generation, V value) {
    }

    private final Cache<K, Entry<V>> cache;
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;

    public VersionedCache(CacheSettings settings) {
        this.enabled = settings.enabled();
        this.cache = Caffeine.newBuilder().maximumSize(settings.maximumSize())
                .expireAfterWrite(settings.ttl()).build();
    }

    /** The cached value, or the loader's (cached unless null). */
    public V get(K key, Function<K, V> loader) {
        if (!enabled) {
            return loader.apply(key);
        }
        Entry<V> entry = cache.getIfPresent(key);
        if (entry != null) {
            if (entry.generation() == generation.get()) {
                return entry.value();
            }
            cache.asMap().remove(key, entry);
        }
        Entry<V> loaded = cache.get(key, k -> {
            long startedAt = generation.get();
            V value = loader.apply(k);
            return value == null ? null : new Entry<>(startedAt, value);
        });
        return loaded == null ? null : loaded.value();
    }

    public void invalidate(K key) {
        cache.invalidate(key);
    }

    /** Drops the entries whose value matches. */
    public void invalidateIf(Predicate<V> matches) {
        cache.asMap().values().removeIf(entry -> matches.test(entry.value()));
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        cache.invalidateAll();
    }

    public long size() {
        return cache.estimatedSize();
    }

    /** How caches are sized ({@code emulator.cache.*}). */
    public record CacheSettings(boolean enabled, long maximumSize, Duration ttl) {
    }
}
