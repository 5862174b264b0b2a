package org.iamemulator.aliyun.signing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers signature nonces per access key for as long as a request carrying them could still pass the timestamp
 * check, so that a replayed request is refused. Kept per emulator instance, and bounded: beyond
 * {@value #MAX_NONCES} nonces the oldest are forgotten first, so memory stays flat under any load.
 */
public final class NonceCache {

    static final int MAX_NONCES = 100_000;

    private final Cache<String, Boolean> seen;

    public NonceCache(Clock clock, Duration retention) {
        this.seen = Caffeine.newBuilder()
                .ticker(() -> nanos(clock.instant()))
                .expireAfterWrite(retention)
                .maximumSize(MAX_NONCES)
                .executor(Runnable::run)
                .build();
    }

    /** True the first time the nonce is offered for this key within the retention; false for a replay. */
    public boolean firstUse(String accessKeyId, String nonce) {
        return seen.asMap().putIfAbsent(accessKeyId + "\n" + nonce, Boolean.TRUE) == null;
    }

    /** How many nonces are remembered now. */
    long size() {
        seen.cleanUp();
        return seen.estimatedSize();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
