package org.iamemulator.core.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.security.LoginPolicy;
import org.iamemulator.core.security.LoginPolicy.Lockout;
import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * With the default login policy, five failed logins within 15 minutes lock a user's password login for 15 minutes
 * after the fifth; other policies' numbers are used as given.
 */
class LoginThrottleTest {

    private static final String USER = "u0000000000000000000000000000001";

    private static final Lockout DEFAULT = LoginPolicy.DEFAULTS.lockout();

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fourFailuresDoNotLock() {
        fail(4);

        assertThat(throttle.lockedUntil(USER, DEFAULT)).isNull();
    }

    @Test
    void theFifthFailureLocksFor15MinutesFromIt() {
        fail(4);
        clock.advance(Duration.ofMinutes(1));
        Instant fifth = clock.instant();
        throttle.failed(USER, DEFAULT);

        assertThat(throttle.lockedUntil(USER, DEFAULT))
                .isBetween(fifth.plus(DEFAULT.lock()), clock.instant().plus(DEFAULT.lock()));
        assertThat(throttle.lockedUntil("u0000000000000000000000000000002", DEFAULT))
                .as("another user")
                .isNull();
    }

    @Test
    void theLockEndsAfter15Minutes() {
        fail(5);

        clock.advance(DEFAULT.lock().minusSeconds(1));
        assertThat(throttle.lockedUntil(USER, DEFAULT)).isNotNull();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.lockedUntil(USER, DEFAULT)).isNull();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        fail(4);
        clock.advance(DEFAULT.window().plusSeconds(1));
        throttle.failed(USER, DEFAULT);

        assertThat(throttle.lockedUntil(USER, DEFAULT)).isNull();
    }

    @Test
    void aSuccessfulLoginForgetsTheFailures() {
        fail(4);
        throttle.succeeded(USER);
        throttle.failed(USER, DEFAULT);

        assertThat(throttle.lockedUntil(USER, DEFAULT)).isNull();
    }

    @Test
    void deletedAccountsTakeTheirFailuresWithThem() {
        fail(5);

        throttle.forget(new AccountService.AccountsChangedInBulk(null));

        assertThat(throttle.lockedUntil(USER, DEFAULT)).isNull();
    }

    @Test
    void thePolicysNumbersDecide() {
        Lockout strict = new Lockout(3, Duration.ofMinutes(20), Duration.ofMinutes(60));
        throttle.failed(USER, strict);
        throttle.failed(USER, strict);
        assertThat(throttle.lockedUntil(USER, strict)).isNull();
        clock.advance(Duration.ofMinutes(19));
        throttle.failed(USER, strict);

        assertThat(throttle.lockedUntil(USER, strict)).isAfter(clock.instant().plus(Duration.ofMinutes(59)));
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.lockedUntil(USER, strict)).isNull();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(USER, DEFAULT);
        }
    }
}
