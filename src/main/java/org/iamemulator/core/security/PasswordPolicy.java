package org.iamemulator.core.security;

import java.util.ArrayList;
import java.util.List;

/**
 * An account's password policy: what a new password must be and how long it lives. Ages in minutes, validity in
 * days, 0 turns a limit off.
 */
public record PasswordPolicy(
        int maximumConsecutiveIdenticalChars,
        int minimumPasswordAge,
        int minimumPasswordLength,
        int passwordReusePrevention,
        boolean passwordNotUsernameOrInvert,
        int passwordValidityPeriod,
        int passwordCharCombination,
        boolean allowUserToChangePassword) {

    /** Read-only in the API: no password is longer. */
    public static final int MAXIMUM_PASSWORD_LENGTH = 32;

    /** The real service's defaults (those Terraform writes back when the policy is destroyed). */
    public static final PasswordPolicy DEFAULTS = new PasswordPolicy(0, 0, 8, 1, true, 0, 2, true);

    /** The rules in words, as {@code password_requirements} reports them. */
    public String requirements() {
        List<String> rules = new ArrayList<>();
        rules.add(minimumPasswordLength + " to " + MAXIMUM_PASSWORD_LENGTH + " characters");
        rules.add("at least " + passwordCharCombination + " of: lower-case letters, upper-case letters, digits,"
                + " special characters");
        if (maximumConsecutiveIdenticalChars > 0) {
            rules.add("no character more than " + maximumConsecutiveIdenticalChars + " times in a row");
        }
        if (passwordNotUsernameOrInvert) {
            rules.add("not the user name or the user name reversed");
        }
        if (passwordReusePrevention > 0) {
            rules.add("not one of the last " + passwordReusePrevention + " passwords");
        }
        return String.join("; ", rules) + ".";
    }
}
