package org.iamemulator.aliyun.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.Test;

class NonceCacheTest {

    private final MovableClock clock = new MovableClock();
    private final NonceCache nonces = new NonceCache(clock, Duration.ofMinutes(30));

    @Test
    void refusesAReplayWithinTheRetentionAndForgetsTheNonceAfterIt() {
        assertThat(nonces.firstUse("AK", "n-1")).isTrue();
        assertThat(nonces.firstUse("AK", "n-1")).isFalse();
        assertThat(nonces.firstUse("OTHER", "n-1")).as("per access key").isTrue();

        clock.advance(Duration.ofMinutes(29));
        assertThat(nonces.firstUse("AK", "n-1")).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(nonces.firstUse("AK", "n-1")).isTrue();
    }

    @Test
    void staysBoundedUnderAFloodOfNonces() {
        for (int i = 0; i < NonceCache.MAX_NONCES + 20_000; i++) {
            nonces.firstUse("AK", "flood-" + i);
        }
        assertThat(nonces.size()).isLessThanOrEqualTo(NonceCache.MAX_NONCES);
        assertThat(nonces.firstUse("AK", "flood-" + (NonceCache.MAX_NONCES + 19_999)))
                .as("the newest is remembered")
                .isFalse();
    }
}
