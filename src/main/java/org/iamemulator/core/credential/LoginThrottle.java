package org.iamemulator.core.credential;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.iamemulator.core.account.AccountService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Locks a user's password login after {@value #MAX_FAILURES} failures within 15 minutes, for 15 minutes: the real
 * service's default login protection. Kept per instance, in memory.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** The time the lock ends, or null when the user may try. */
    Instant lockedUntil(String userId) {
        Deque<Instant> recent = failures.get(userId);
        if (recent == null) {
            return null;
        }
        synchronized (recent) {
            if (recent.size() < MAX_FAILURES) {
                return null;
            }
            Instant until = recent.peekLast().plus(LOCK);
            return until.isAfter(clock.instant()) ? until : null;
        }
    }

    void failed(String userId) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
                recent.pollFirst();
            }
            recent.addLast(now);
            while (recent.size() > MAX_FAILURES) {
                recent.pollFirst();
            }
        }
    }

    void succeeded(String userId) {
        failures.remove(userId);
    }

    /** Deleted accounts take their users' failure history with them. */
    @EventListener
    void forget(AccountService.AccountsDeleted deleted) {
        failures.clear();
    }
}
