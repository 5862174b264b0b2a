package org.iamemulator.core.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.iamemulator.core.cache.VersionedCache.CacheSettings;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.user.User;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.support.FakeRepository;
import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.Test;

/** Login profile rules over profiles in memory: one per user, the password rules, what an update touches. */
class LoginProfileServiceTest {

    private final UserFixtures users = new UserFixtures();
    private final User dave = users.user("u0000000000000000000000000000001", ACCOUNT, "dave");
    private final FakeRepository<LoginProfile, String> rows = new FakeRepository<>(LoginProfile::userId);
    private final MovableClock clock = new MovableClock();
    private final LoginProfileService service = new LoginProfileService(rows.as(LoginProfileRepository.class,
            Map.of()), users.access(), null, null, new Passwords(), clock,
            new CacheSettings(true, 10, Duration.ofMinutes(1), false));

    @Test
    void aUserHasOneLoginProfileWithItsPasswordHashed() {
        LoginProfileView created = service.create(users.rootCaller, dave.id(), "Passw0rd-Dave", true);

        assertThat(created.passwordResetRequired()).isTrue();
        assertThat(created.createdAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        assertThat(rows.rows()).singleElement().satisfies(profile -> assertThat(profile.passwordHash())
                .startsWith("$2").doesNotContain("Passw0rd-Dave"));
        assertThatThrownBy(() -> service.create(users.rootCaller, dave.id(), "Other-Passw0rd", false))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void thePasswordAndTheResetFlagAreRequiredAndCheckedFirst() {
        assertThatThrownBy(() -> service.create(users.rootCaller, dave.id(), "short", false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.create(users.rootCaller, dave.id(), "Passw0rd-Dave", null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        error -> assertThat(error.field()).isEqualTo("password_reset_required"));
        assertThat(rows.rows()).isEmpty();
        assertThat(users.checks).isEmpty();
    }

    @Test
    void aUserWithoutAProfileHasNone() {
        assertThatThrownBy(() -> service.show(users.rootCaller, dave.id())).isInstanceOfSatisfying(
                NotFoundException.class, error -> {
                    assertThat(error.entityType()).isEqualTo("login-profile");
                    assertThat(error.entityId()).isEqualTo(dave.id());
                });
    }

    @Test
    void anUpdateChangesWhatItNamesAndRecordsWhen() {
        service.create(users.rootCaller, dave.id(), "Passw0rd-Dave", true);
        LoginProfile profile = rows.rows().get(0);
        String firstHash = profile.passwordHash();
        Instant created = profile.updatedAt();

        clock.advance(Duration.ofHours(1));
        service.update(users.rootCaller, dave.id(), null, null);
        assertThat(profile.updatedAt()).as("nothing changed").isEqualTo(created);

        service.update(users.rootCaller, dave.id(), null, false);
        assertThat(profile.passwordResetRequired()).isFalse();
        assertThat(profile.passwordHash()).isEqualTo(firstHash);
        assertThat(profile.updatedAt()).isAfter(created);

        service.update(users.rootCaller, dave.id(), "Passw0rd-New1", null);
        assertThat(new Passwords().matches("Passw0rd-New1", profile.passwordHash())).isTrue();
        assertThatThrownBy(() -> service.update(users.rootCaller, dave.id(), "short", null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deletingRemovesTheProfile() {
        service.create(users.rootCaller, dave.id(), "Passw0rd-Dave", false);

        service.delete(users.rootCaller, dave.id());

        assertThat(rows.rows()).isEmpty();
        assertThatThrownBy(() -> service.delete(users.rootCaller, dave.id())).isInstanceOf(NotFoundException.class);
    }
}
