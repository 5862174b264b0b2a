package org.iamemulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A reset writes the seeded rows back without applying the seed again; times the seed gives relative to loading
 * ({@code -P3D}) and creation times still follow the clock, as if seeded at the reset.
 */
@Import(MovableClock.Config.class)
class ResetTimesIT extends EmulatorIntegrationTest {

    /** alice of the demo seed: logged in three days before loading. */
    private static final String ALICE = "a2518bb93d6f3182877d916651ee4f1b";

    @Autowired
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void relativeTimesFollowTheClockAcrossResets() {
        control().post("/_emulator/reset").then().statusCode(200);
        Instant login = lastLogin();
        Instant created = createdAt();
        assertThat(login).isCloseTo(clock.instant().minus(Duration.ofDays(3)), within(5, ChronoUnit.SECONDS));

        clock.advance(Duration.ofDays(10));
        control().post("/_emulator/reset").then().statusCode(200);
        clock.reset(); // for the signatures of the requests that look

        assertThat(lastLogin()).isCloseTo(login.plus(Duration.ofDays(10)), within(5, ChronoUnit.SECONDS));
        assertThat(createdAt()).isCloseTo(created.plus(Duration.ofDays(10)), within(5, ChronoUnit.SECONDS));
        assertThat(createdAt().getNano()).isZero();
    }

    private Instant lastLogin() {
        return Instant.parse(huawei().get("/v5/users/{id}/last-login", ALICE)
                .then()
                .statusCode(200)
                .extract()
                .<String>path("user_last_login.last_login_at"));
    }

    private Instant createdAt() {
        return Instant.parse(huawei().get("/v5/users/{id}", ALICE)
                .then()
                .statusCode(200)
                .extract()
                .<String>path("user.created_at"));
    }
}
