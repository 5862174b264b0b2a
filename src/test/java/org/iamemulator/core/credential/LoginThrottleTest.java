package org.iamemulator.core.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.Test;

/** Five failed logins within 15 minutes lock a user's password login for 15 minutes after the fifth. */
class LoginThrottleTest {

    private static final String USER = "u0000000000000000000000000000001";

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresDoNotLock() {
        fail(4);

        assertThat(throttle.lockedUntil(USER)).isNull();
    }

    @Test
    void theFifthFailureLocksFor15MinutesFromIt() {
        fail(4);
        clock.advance(Duration.ofMinutes(1));
        Instant fifth = clock.instant();
        throttle.failed(USER);

        assertThat(throttle.lockedUntil(USER)).isBetween(fifth.plus(LoginThrottle.LOCK),
                clock.instant().plus(LoginThrottle.LOCK));
        assertThat(throttle.lockedUntil("u0000000000000000000000000000002")).as("another user").isNull();
    }

    @Test
    void theLockEndsAfter15Minutes() {
        fail(5);

        clock.advance(LoginThrottle.LOCK.minusSeconds(1));
        assertThat(throttle.lockedUntil(USER)).isNotNull();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.lockedUntil(USER)).isNull();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail(4);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
        throttle.failed(USER);

        assertThat(throttle.lockedUntil(USER)).isNull();
    }

    @Test
    void aSuccessfulLoginForgetsTheFailures() {
        fail(4);
        throttle.succeeded(USER);
        throttle.failed(USER);

        assertThat(throttle.lockedUntil(USER)).isNull();
    }

    @Test
    void deletedAccountsTakeTheirFailuresWithThem() {
        fail(5);

        throttle.forget(new AccountService.AccountsDeleted(null));

        assertThat(throttle.lockedUntil(USER)).isNull();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(USER);
        }
    }
}
