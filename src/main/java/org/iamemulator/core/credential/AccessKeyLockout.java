package org.iamemulator.core.credential;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.error.AuthenticationException.Reason;
import org.springframework.stereotype.Component;

/**
 * Locks an access key for {@link #LOCK} after {@value #MAX_FAILURES} consecutive requests with a wrong signature, as
 * the real API gateway does ("AK access failed to reach the limit"). Counts failures of every dialect: a key is one
 * credential whichever signature scheme carries it. Kept per instance, in memory.
 */
@Component
class AccessKeyLockout {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);

    /** Consecutive failures of a key and, once locked, until when. */
    private record Failures(int count, Instant lockedUntil) {}

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    AccessKeyLockout(Clock clock) {
        this.clock = clock;
    }

    /** Refuses a key that is locked, whatever its signature. */
    void requireNotLocked(String accessKeyId) {
        Failures current = failures.get(accessKeyId);
        if (current != null && current.lockedUntil() != null) {
            if (current.lockedUntil().isAfter(clock.instant())) {
                throw new AuthenticationException(Reason.ACCESS_KEY_LOCKED, accessKeyId);
            }
            failures.remove(accessKeyId, current);
        }
    }

    void signatureFailed(String accessKeyId) {
        failures.compute(accessKeyId, (key, current) -> {
            int count = current == null ? 1 : current.count() + 1;
            return new Failures(count, count >= MAX_FAILURES ? clock.instant().plus(LOCK) : null);
        });
    }

    void signatureVerified(String accessKeyId) {
        failures.remove(accessKeyId);
    }
}
