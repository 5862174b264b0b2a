package org.iamemulator.core.security;

/** An UpdatePasswordPolicyV5: the fields it names (non-null) change, the others stay. */
public record PasswordPolicyChange(
        Integer maximumConsecutiveIdenticalChars,
        Integer minimumPasswordAge,
        Integer minimumPasswordLength,
        Integer passwordReusePrevention,
        Boolean passwordNotUsernameOrInvert,
        Integer passwordValidityPeriod,
        Integer passwordCharCombination,
        Boolean allowUserToChangePassword) {}
