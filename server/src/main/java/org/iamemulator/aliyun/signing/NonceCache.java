package org.iamemulator.aliyun.signing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers signature nonces per access key for as long as a request carrying them could still pass the timestamp
 * check, so that a replayed request is refused. Kept per emulator instance.
 */
public final class NonceCache {

    private final Map<String, Instant> seen = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration retention;
    private volatile Instant nextPurge = Instant.MIN;

    public NonceCache(Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
    }

    /** True the first time the nonce is offered for this key within the retention; false for a replay. */
    public boolean firstUse(String accessKeyId, String nonce) {
        Instant now = clock.instant();
        purge(now);
        Instant expiry = now.plus(retention);
        String key = accessKeyId + "\n" + nonce;
        Instant previous = seen.putIfAbsent(key, expiry);
        if (previous == null) {
            return true;
        }
        if (previous.isBefore(now)) {
            return seen.replace(key, previous, expiry);
        }
        return false;
    }

    private void purge(Instant now) {
        if (now.isAfter(nextPurge)) {
            nextPurge = now.plusSeconds(60);
            seen.values().removeIf(expiry -> expiry.isBefore(now));
        }
    }
}
