package org.iamemulator.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.iamemulator.core.error.InvalidInputException;

/**
 * The password policy's rules, one method each. A broken rule is an {@link InvalidInputException} on the password
 * field that names the rule and the policy field behind it; the password itself is never echoed.
 */
public final class PasswordRules {

    private static final String HIDDEN = "******";

    private PasswordRules() {}

    /** The rules that look at the new password alone (and its user's name): every password set must keep them. */
    public static void checkComposition(PasswordPolicy policy, String field, String password, String userName) {
        checkLength(policy.minimumPasswordLength(), field, password);
        checkCharacterKinds(policy.passwordCharCombination(), field, password);
        checkConsecutiveIdentical(policy.maximumConsecutiveIdenticalChars(), field, password);
        checkNotUserName(policy.passwordNotUsernameOrInvert(), field, password, userName);
    }

    public static void checkLength(int minimum, String field, String password) {
        if (password.length() < minimum || password.length() > PasswordPolicy.MAXIMUM_PASSWORD_LENGTH) {
            throw broken(
                    field,
                    minimum + " to " + PasswordPolicy.MAXIMUM_PASSWORD_LENGTH
                            + " characters (minimum_password_length)");
        }
    }

    /** Kinds: lower-case letters, upper-case letters, digits, and other printable ASCII characters (special). */
    public static void checkCharacterKinds(int required, String field, String password) {
        boolean lower = password.chars().anyMatch(c -> c >= 'a' && c <= 'z');
        boolean upper = password.chars().anyMatch(c -> c >= 'A' && c <= 'Z');
        boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean special = password.chars().anyMatch(c -> c >= ' ' && c <= '~' && !Character.isLetterOrDigit(c));
        int kinds = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (special ? 1 : 0);
        if (kinds < required) {
            throw broken(
                    field,
                    "at least " + required + " of: lower-case letters, upper-case letters, digits,"
                            + " special characters (password_char_combination)");
        }
    }

    /** {@code maximum} 0 turns the rule off. */
    public static void checkConsecutiveIdentical(int maximum, String field, String password) {
        if (maximum == 0) {
            return;
        }
        int run = 0;
        for (int i = 0; i < password.length(); i++) {
            run = i > 0 && password.charAt(i) == password.charAt(i - 1) ? run + 1 : 1;
            if (run > maximum) {
                throw broken(
                        field,
                        "no character more than " + maximum + " times in a row (maximum_consecutive_identical_chars)");
            }
        }
    }

    /** Compared regardless of case. */
    public static void checkNotUserName(boolean rule, String field, String password, String userName) {
        if (!rule || userName == null) {
            return;
        }
        String name = userName.toLowerCase(Locale.ROOT);
        String candidate = password.toLowerCase(Locale.ROOT);
        if (candidate.equals(name)
                || candidate.equals(new StringBuilder(name).reverse().toString())) {
            throw broken(field, "not the user name or the user name reversed (password_not_username_or_invert)");
        }
    }

    /**
     * The password must match none of the user's last {@code reusePrevention} passwords, given newest first as
     * hashes; {@code matches} tells whether the password is the one a hash was made of.
     */
    public static void checkNotReused(
            int reusePrevention, String field, List<String> newestFirst, Predicate<String> matches) {
        if (newestFirst.stream().limit(reusePrevention).anyMatch(matches)) {
            throw broken(field, "not one of the last " + reusePrevention + " passwords (password_reuse_prevention)");
        }
    }

    /** A password may be changed again only {@code minutes} after its last change; 0 turns the rule off. */
    public static void checkMinimumAge(int minutes, String field, Instant lastChanged, Instant now) {
        Instant allowedFrom = lastChanged.plus(Duration.ofMinutes(minutes));
        if (minutes > 0 && now.isBefore(allowedFrom)) {
            throw broken(
                    field,
                    "no change before " + allowedFrom + ", " + minutes
                            + " minutes after the last one (minimum_password_age)");
        }
    }

    /** Whether a password last changed at {@code lastChanged} has outlived {@code days}; 0 never expires. */
    public static boolean expired(int days, Instant lastChanged, Instant now) {
        return days > 0 && !now.isBefore(lastChanged.plus(Duration.ofDays(days)));
    }

    private static InvalidInputException broken(String field, String rule) {
        return InvalidInputException.field(field, HIDDEN, rule);
    }
}
