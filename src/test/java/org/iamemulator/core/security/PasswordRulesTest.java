package org.iamemulator.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iamemulator.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Each password rule refuses what breaks it, naming the policy field, and lets the rest through. */
class PasswordRulesTest {

    private static final Instant CHANGED = Instant.parse("2024-01-31T08:00:00Z");

    @Test
    void lengthFromThePolicysMinimumTo32() {
        assertBroken(() -> PasswordRules.checkLength(12, "password", "Abcdefgh123"), "minimum_password_length");
        assertBroken(() -> PasswordRules.checkLength(8, "password", "A".repeat(33)), "minimum_password_length");
        assertThatCode(() -> PasswordRules.checkLength(12, "password", "Abcdefgh1234"))
                .doesNotThrowAnyException();
    }

    @Test
    void characterKindsCountLowerUpperDigitsAndSpecial() {
        assertBroken(() -> PasswordRules.checkCharacterKinds(2, "password", "abcdefgh"), "password_char_combination");
        assertBroken(() -> PasswordRules.checkCharacterKinds(4, "password", "Abcdefg1"), "password_char_combination");
        assertThatCode(() -> PasswordRules.checkCharacterKinds(2, "password", "abcdefg1"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.checkCharacterKinds(4, "password", "Abcdef1 "))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.checkCharacterKinds(3, "password", "ABCdef-!"))
                .doesNotThrowAnyException();
    }

    @Test
    void consecutiveIdenticalCharactersAreLimitedUnlessZero() {
        assertBroken(
                () -> PasswordRules.checkConsecutiveIdentical(2, "password", "Abccc123"),
                "maximum_consecutive_identical_chars");
        assertThatCode(() -> PasswordRules.checkConsecutiveIdentical(2, "password", "Abcc1c23"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.checkConsecutiveIdentical(0, "password", "Aaaaaaa1"))
                .doesNotThrowAnyException();
    }

    @Test
    void notTheUserNameOrItsReverseRegardlessOfCase() {
        assertBroken(
                () -> PasswordRules.checkNotUserName(true, "password", "Dave-2024", "dave-2024"),
                "password_not_username_or_invert");
        assertBroken(
                () -> PasswordRules.checkNotUserName(true, "password", "4202-evaD", "dave-2024"),
                "password_not_username_or_invert");
        assertThatCode(() -> PasswordRules.checkNotUserName(true, "password", "Dave-2025", "dave-2024"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.checkNotUserName(false, "password", "dave-2024", "dave-2024"))
                .doesNotThrowAnyException();
    }

    @Test
    void reusePreventionLooksAtTheLastPasswordsOnly() {
        List<String> newestFirst = List.of("current", "previous", "older");

        assertBroken(
                () -> PasswordRules.checkNotReused(2, "password", newestFirst, "previous"::equals),
                "password_reuse_prevention");
        assertThatCode(() -> PasswordRules.checkNotReused(2, "password", newestFirst, "older"::equals))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.checkNotReused(0, "password", newestFirst, "current"::equals))
                .doesNotThrowAnyException();
    }

    @Test
    void theMinimumAgeHoldsBackAChangeUntilItHasPassed() {
        assertBroken(
                () -> PasswordRules.checkMinimumAge(60, "new_password", CHANGED, CHANGED.plus(Duration.ofMinutes(59))),
                "minimum_password_age");
        assertThatCode(() -> PasswordRules.checkMinimumAge(
                        60, "new_password", CHANGED, CHANGED.plus(Duration.ofMinutes(60))))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.checkMinimumAge(0, "new_password", CHANGED, CHANGED))
                .doesNotThrowAnyException();
    }

    @Test
    void aPasswordExpiresAfterItsValidityPeriodUnlessZero() {
        assertThat(PasswordRules.expired(30, CHANGED, CHANGED.plus(Duration.ofDays(30))))
                .isTrue();
        assertThat(PasswordRules.expired(
                        30, CHANGED, CHANGED.plus(Duration.ofDays(30)).minusSeconds(1)))
                .isFalse();
        assertThat(PasswordRules.expired(0, CHANGED, CHANGED.plus(Duration.ofDays(3650))))
                .isFalse();
    }

    @Test
    void theDefaultsAreTheRealServicesAndReadAsRequirements() {
        assertThatCode(() -> PasswordRules.checkComposition(PasswordPolicy.DEFAULTS, "password", "passw0rd", "dave"))
                .doesNotThrowAnyException();
        assertThat(PasswordPolicy.DEFAULTS.requirements())
                .isEqualTo("8 to 32 characters; at least 2 of: lower-case"
                        + " letters, upper-case letters, digits, special characters; not the user name or the user name"
                        + " reversed; not one of the last 1 passwords.");
    }

    private static void assertBroken(Runnable check, String policyField) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class, error -> {
            assertThat(error.rule()).endsWith("(" + policyField + ")");
            assertThat(error.value()).isEqualTo("******");
        });
    }
}
