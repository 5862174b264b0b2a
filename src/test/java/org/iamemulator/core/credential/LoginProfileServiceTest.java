package org.iamemulator.core.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.cache.VersionedCache.CacheSettings;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.ForbiddenOperationException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.security.PasswordPolicyChange;
import org.iamemulator.core.security.SecurityPolicyFixtures;
import org.iamemulator.core.security.SecurityPolicyService;
import org.iamemulator.core.user.User;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.support.FakeRepository;
import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Limit;

/** Login profile rules over profiles in memory: one per user, the password rules, what an update touches. */
class LoginProfileServiceTest {

    private final UserFixtures users = new UserFixtures();
    private final User dave = users.user("u0000000000000000000000000000001", ACCOUNT, "dave");
    private final FakeRepository<LoginProfile, String> rows = new FakeRepository<>(LoginProfile::userId);
    private final MovableClock clock = new MovableClock();
    private final FakeRepository<PasswordHistoryEntry, PasswordHistoryEntry> history =
            new FakeRepository<>(entry -> entry);
    private final SecurityPolicyService policies = new SecurityPolicyFixtures().service(users.allowAll);
    private final PolicedPasswords policed = new PolicedPasswords(
            new Passwords(),
            policies,
            history.as(
                    PasswordHistoryRepository.class,
                    Map.of(
                            "findByUserIdOrderByIdDesc",
                                    args -> newestFirst(history.rows()).stream()
                                            .filter(entry -> entry.userId().equals(args[0]))
                                            .limit(
                                                    ((Limit) args[1]).isLimited()
                                                            ? ((Limit) args[1]).max()
                                                            : Long.MAX_VALUE)
                                            .toList(),
                            "deleteByUserId",
                                    args -> {
                                        history.rows().stream()
                                                .filter(entry -> entry.userId().equals(args[0]))
                                                .forEach(history::remove);
                                        return null;
                                    })));
    private final LoginProfileService service = new LoginProfileService(
            rows.as(LoginProfileRepository.class, Map.of()),
            users.access(),
            null,
            null,
            new Passwords(),
            policed,
            clock,
            new CacheSettings(true, 10, Duration.ofMinutes(1), false));
    private final User erin = users.user("u0000000000000000000000000000002", ACCOUNT, "erin");
    private final Caller erinCaller = new Caller(ACCOUNT, erin.id(), erin.name(), false);

    @Test
    void aUserHasOneLoginProfileWithItsPasswordHashed() {
        LoginProfileView created = service.create(users.rootCaller, dave.id(), "Passw0rd-Dave", true);

        assertThat(created.passwordResetRequired()).isTrue();
        assertThat(created.createdAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.SECONDS));
        assertThat(rows.rows())
                .singleElement()
                .satisfies(profile ->
                        assertThat(profile.passwordHash()).startsWith("$2").doesNotContain("Passw0rd-Dave"));
        assertThatThrownBy(() -> service.create(users.rootCaller, dave.id(), "Other-Passw0rd", false))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void thePasswordAndTheResetFlagAreRequiredAndCheckedFirst() {
        assertThatThrownBy(() -> service.create(users.rootCaller, dave.id(), "short", false))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.create(users.rootCaller, dave.id(), "Passw0rd-Dave", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.field()).isEqualTo("password_reset_required"));
        assertThat(rows.rows()).isEmpty();
        assertThat(users.checks).isEmpty();
    }

    @Test
    void aUserWithoutAProfileHasNone() {
        assertThatThrownBy(() -> service.show(users.rootCaller, dave.id()))
                .isInstanceOfSatisfying(NotFoundException.class, error -> {
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
        assertThat(new Passwords().matches("Passw0rd-New1", profile.passwordHash()))
                .isTrue();
        assertThatThrownBy(() -> service.update(users.rootCaller, dave.id(), "short", null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void everyPasswordKeepsTheAccountsCompositionRules() {
        policies.updatePasswordPolicy(
                users.rootCaller, new PasswordPolicyChange(2, null, 10, null, null, null, 3, null));

        assertRefusedFor(
                () -> service.create(users.rootCaller, dave.id(), "passw0rdd0", false),
                "password",
                "password_char_combination");
        assertRefusedFor(
                () -> service.create(users.rootCaller, dave.id(), "Passw0rd", false),
                "password",
                "minimum_password_length");
        assertRefusedFor(
                () -> service.create(users.rootCaller, dave.id(), "Passw000rd", false),
                "password",
                "maximum_consecutive_identical_chars");
        service.create(users.rootCaller, dave.id(), "Passw0rd-D", false);
        assertRefusedFor(
                () -> service.update(users.rootCaller, dave.id(), "passw0rdd1", null),
                "password",
                "password_char_combination");
    }

    @Test
    void aNewPasswordIsNoneOfTheLastOnesAsManyAsTheReusePreventionSays() {
        service.create(users.rootCaller, dave.id(), "Passw0rd-1", false);
        assertRefusedFor(
                () -> service.update(users.rootCaller, dave.id(), "Passw0rd-1", null),
                "password",
                "password_reuse_prevention");
        service.update(users.rootCaller, dave.id(), "Passw0rd-2", null);
        service.update(users.rootCaller, dave.id(), "Passw0rd-1", null);

        policies.updatePasswordPolicy(
                users.rootCaller, new PasswordPolicyChange(null, null, null, 3, null, null, null, null));
        assertRefusedFor(
                () -> service.update(users.rootCaller, dave.id(), "Passw0rd-2", null),
                "password",
                "password_reuse_prevention");
        service.update(users.rootCaller, dave.id(), "Passw0rd-3", null);
        service.update(users.rootCaller, dave.id(), "Passw0rd-4", null);
        service.update(users.rootCaller, dave.id(), "Passw0rd-2", null);
        assertThat(history.rows()).hasSize(5);

        service.delete(users.rootCaller, dave.id());
        assertThat(history.rows()).as("the history goes with the profile").isEmpty();
    }

    @Test
    void theCallerChangesItsOwnPasswordProvingTheCurrentOne() {
        service.create(users.rootCaller, erin.id(), "Passw0rd-E", false);
        clock.advance(Duration.ofMinutes(1));
        Instant beforeChange = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        assertRefusedFor(() -> service.changeOwn(erinCaller, "Wrong-Passw0rd", "Passw0rd-F"), "old_password", null);
        assertRefusedFor(
                () -> service.changeOwn(erinCaller, "Passw0rd-E", "Passw0rd-E"),
                "new_password",
                "password_reuse_prevention");
        service.changeOwn(erinCaller, "Passw0rd-E", "Passw0rd-F");

        LoginProfile profile =
                rows.find(found -> found.userId().equals(erin.id())).orElseThrow();
        assertThat(new Passwords().matches("Passw0rd-F", profile.passwordHash()))
                .isTrue();
        assertThat(profile.passwordChangedAt()).isBetween(beforeChange, clock.instant());
        assertThat(users.checks).last().isEqualTo("iam:users:changePasswordV5 iam::" + ACCOUNT + ":user:erin");
        assertThatThrownBy(() -> service.changeOwn(users.rootCaller, "Passw0rd-E", "Passw0rd-F"))
                .as("the root user has no password here")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theMinimumAgeHoldsBackIamUsersButNotTheRootUser() {
        policies.updatePasswordPolicy(
                users.rootCaller, new PasswordPolicyChange(null, 60, null, null, null, null, null, null));
        service.create(users.rootCaller, erin.id(), "Passw0rd-E", false);
        service.create(users.rootCaller, users.root.id(), "Passw0rd-R", false);

        assertRefusedFor(
                () -> service.changeOwn(erinCaller, "Passw0rd-E", "Passw0rd-F"),
                "new_password",
                "minimum_password_age");
        service.changeOwn(users.rootCaller, "Passw0rd-R", "Passw0rd-S");
        clock.advance(Duration.ofMinutes(60));
        service.changeOwn(erinCaller, "Passw0rd-E", "Passw0rd-F");
    }

    @Test
    void iamUsersChangeTheirOwnPasswordOnlyWhileThePolicyAllowsIt() {
        policies.updatePasswordPolicy(
                users.rootCaller, new PasswordPolicyChange(null, null, null, null, null, null, null, false));
        service.create(users.rootCaller, erin.id(), "Passw0rd-E", false);
        service.create(users.rootCaller, users.root.id(), "Passw0rd-R", false);

        assertThatThrownBy(() -> service.changeOwn(erinCaller, "Passw0rd-E", "Passw0rd-F"))
                .isInstanceOf(ForbiddenOperationException.class)
                .hasMessageContaining("allow_user_to_change_password");
        service.changeOwn(users.rootCaller, "Passw0rd-R", "Passw0rd-S");
    }

    @Test
    void deletingRemovesTheProfile() {
        service.create(users.rootCaller, dave.id(), "Passw0rd-Dave", false);

        service.delete(users.rootCaller, dave.id());

        assertThat(rows.rows()).isEmpty();
        assertThatThrownBy(() -> service.delete(users.rootCaller, dave.id())).isInstanceOf(NotFoundException.class);
    }

    private static <T> List<T> newestFirst(List<T> rows) {
        List<T> reversed = new ArrayList<>(rows);
        Collections.reverse(reversed);
        return reversed;
    }

    private static void assertRefusedFor(Runnable change, String field, String policyField) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class, error -> {
            assertThat(error.field()).isEqualTo(field);
            if (policyField != null) {
                assertThat(error.rule()).endsWith("(" + policyField + ")");
            }
        });
    }
}
