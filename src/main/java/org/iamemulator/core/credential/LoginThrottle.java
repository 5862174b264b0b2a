package org.iamemulator.core.credential;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.security.LoginPolicy.Lockout;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Locks a user's password login after too many failures within a while, for a while: the numbers are the account's
 * login policy's ({@link Lockout}; by default 5 failures within 15 minutes lock for 15 minutes). Kept per instance,
 * in memory.
 */
@Component
class LoginThrottle {

    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** The time the lock ends, or null when the user may try. */
    Instant lockedUntil(String userId, Lockout rule) {
        Deque<Instant> recent = failures.get(userId);
        if (recent == null) {
            return null;
        }
        synchronized (recent) {
            // failed() keeps only failures within the window
            if (recent.size() < rule.failures()) {
                return null;
            }
            Instant until = recent.peekLast().plus(rule.lock());
            return until.isAfter(clock.instant()) ? until : null;
        }
    }

    void failed(String userId, Lockout rule) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(userId, id -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(rule.window()))) {
                recent.pollFirst();
            }
            recent.addLast(now);
            while (recent.size() > rule.failures()) {
                recent.pollFirst();
            }
        }
    }

    void succeeded(String userId) {
        failures.remove(userId);
    }

    /** Deleted or reset accounts take their users' failure history with them. */
    @EventListener
    void forget(AccountService.AccountsChangedInBulk changed) {
        failures.clear();
    }
}
