package org.iamemulator.core.credential;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.iamemulator.core.error.AuthenticationException;
import org.junit.jupiter.api.Test;

class AccessKeyLockoutTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final AccessKeyLockout lockout = new AccessKeyLockout(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void locksAfterFiveConsecutiveFailuresForFiveMinutes() {
        for (int i = 0; i < 4; i++) {
            lockout.signatureFailed("AK");
        }
        assertThatCode(() -> lockout.requireNotLocked("AK")).doesNotThrowAnyException();

        lockout.signatureFailed("AK");

        assertThatThrownBy(() -> lockout.requireNotLocked("AK"))
                .isInstanceOf(AuthenticationException.class)
                .extracting(e -> ((AuthenticationException) e).reason())
                .isEqualTo(AuthenticationException.Reason.ACCESS_KEY_LOCKED);
        assertThatCode(() -> lockout.requireNotLocked("OTHER")).doesNotThrowAnyException();
        now = now.plus(Duration.ofMinutes(4));
        assertThatThrownBy(() -> lockout.requireNotLocked("AK")).isInstanceOf(AuthenticationException.class);
        now = now.plus(Duration.ofMinutes(1).plusSeconds(1));
        assertThatCode(() -> lockout.requireNotLocked("AK")).doesNotThrowAnyException();
    }

    @Test
    void aVerifiedSignatureStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            lockout.signatureFailed("AK");
        }
        lockout.signatureVerified("AK");
        for (int i = 0; i < 4; i++) {
            lockout.signatureFailed("AK");
        }

        assertThatCode(() -> lockout.requireNotLocked("AK")).doesNotThrowAnyException();
    }
}
