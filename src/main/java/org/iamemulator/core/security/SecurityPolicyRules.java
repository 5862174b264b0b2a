package org.iamemulator.core.security;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.policyengine.AddressRange;

/** The documented ranges of the policy fields, and what the changes of UpdatePasswordPolicyV5/UpdateLoginPolicyV5 make. */
final class SecurityPolicyRules {

    /** At most 64 characters, none of the description charset's forbidden ones, no control characters. */
    private static final Pattern TEXT = Pattern.compile("[^@#%&<>\\\\$^*\\p{Cntrl}]{0,64}");

    private static final String TEXT_RULE = "at most 64 characters, none of @ # % & < > \\ $ ^ * or control characters";
    /** An emulator limit that keeps a policy row small (docs/security-policies.md). */
    static final int MAX_ADDRESSES = 20;

    private SecurityPolicyRules() {}

    static PasswordPolicy changed(PasswordPolicy policy, PasswordPolicyChange change) {
        return new PasswordPolicy(
                range(
                        "maximum_consecutive_identical_chars",
                        change.maximumConsecutiveIdenticalChars(),
                        0,
                        32,
                        policy.maximumConsecutiveIdenticalChars()),
                range("minimum_password_age", change.minimumPasswordAge(), 0, 1440, policy.minimumPasswordAge()),
                range(
                        "minimum_password_length",
                        change.minimumPasswordLength(),
                        8,
                        PasswordPolicy.MAXIMUM_PASSWORD_LENGTH,
                        policy.minimumPasswordLength()),
                range(
                        "password_reuse_prevention",
                        change.passwordReusePrevention(),
                        0,
                        24,
                        policy.passwordReusePrevention()),
                orElse(change.passwordNotUsernameOrInvert(), policy.passwordNotUsernameOrInvert()),
                range(
                        "password_validity_period",
                        change.passwordValidityPeriod(),
                        0,
                        180,
                        policy.passwordValidityPeriod()),
                range(
                        "password_char_combination",
                        change.passwordCharCombination(),
                        2,
                        4,
                        policy.passwordCharCombination()),
                orElse(change.allowUserToChangePassword(), policy.allowUserToChangePassword()));
    }

    static LoginPolicy changed(LoginPolicy policy, LoginPolicyChange change) {
        if (change.customInfoForLogin() != null
                && !TEXT.matcher(change.customInfoForLogin()).matches()) {
            throw InvalidInputException.field("custom_info_for_login", change.customInfoForLogin(), TEXT_RULE);
        }
        return new LoginPolicy(
                range("user_validity_period", change.userValidityPeriod(), 0, 240, policy.userValidityPeriod()),
                orElse(change.customInfoForLogin(), policy.customInfoForLogin()),
                range("lockout_duration", change.lockoutDuration(), 15, 1440, policy.lockoutDuration()),
                range("login_failed_times", change.loginFailedTimes(), 3, 10, policy.loginFailedTimes()),
                range(
                        "period_with_login_failures",
                        change.periodWithLoginFailures(),
                        15,
                        60,
                        policy.periodWithLoginFailures()),
                range("session_timeout", change.sessionTimeout(), 15, 1440, policy.sessionTimeout()),
                orElse(change.showRecentLoginInfo(), policy.showRecentLoginInfo()),
                addresses(
                        "allow_address_netmasks",
                        "address_netmask",
                        change.allowAddressNetmasks(),
                        policy.allowAddressNetmasks(),
                        "an IPv4 address and prefix, e.g. 192.168.0.1/24",
                        text -> valid(AddressRange.parseNetmask(text), false)),
                addresses(
                        "allow_ip_ranges",
                        "ip_range",
                        change.allowIpRanges(),
                        policy.allowIpRanges(),
                        "two IPv4 addresses, the first not above the second, e.g. 0.0.0.0-255.255.255.255",
                        text -> valid(AddressRange.parseRange(text), false)),
                addresses(
                        "allow_ip_ranges_ipv6",
                        "ip_range",
                        change.allowIpRangesIpv6(),
                        policy.allowIpRangesIpv6(),
                        "two IPv6 addresses, the first not above the second",
                        text -> valid(AddressRange.parseRange(text), true)));
    }

    private static boolean valid(AddressRange range, boolean ipv6) {
        return range != null && range.ipv6() == ipv6;
    }

    private static int range(String field, Integer value, int min, int max, int unchanged) {
        if (value == null) {
            return unchanged;
        }
        if (value < min || value > max) {
            throw InvalidInputException.field(field, value, "an integer from " + min + " to " + max);
        }
        return value;
    }

    private static <T> T orElse(T value, T unchanged) {
        return value != null ? value : unchanged;
    }

    private static List<AllowedAddress> addresses(
            String field,
            String valueField,
            List<AllowedAddress> change,
            List<AllowedAddress> unchanged,
            String rule,
            Predicate<String> valid) {
        if (change == null) {
            return unchanged;
        }
        if (change.size() > MAX_ADDRESSES) {
            throw InvalidInputException.field(field, change.size() + " entries", "at most " + MAX_ADDRESSES);
        }
        for (int i = 0; i < change.size(); i++) {
            AllowedAddress address = change.get(i);
            String at = field + "[" + i + "].";
            if (address == null || address.value() == null) {
                throw InvalidInputException.missingField(at + valueField);
            }
            if (!valid.test(address.value())) {
                throw InvalidInputException.field(at + valueField, address.value(), rule);
            }
            if (address.description() != null
                    && !TEXT.matcher(address.description()).matches()) {
                throw InvalidInputException.field(at + "description", address.description(), TEXT_RULE);
            }
        }
        return change.stream()
                .map(address ->
                        new AllowedAddress(address.value(), address.description() == null ? "" : address.description()))
                .toList();
    }
}
