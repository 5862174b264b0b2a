package org.iamemulator.huawei.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.security.AllowedAddress;
import org.iamemulator.core.security.LoginPolicy;
import org.iamemulator.core.security.LoginPolicyChange;
import org.iamemulator.core.security.PasswordPolicy;
import org.iamemulator.core.security.PasswordPolicyChange;

/** Bodies of the v5 password, login and token policy APIs and of ChangePasswordV5, field for field as the SDK's models. */
final class SecurityPolicyDtos {

    private SecurityPolicyDtos() {}

    /**
     * The password policy as answered, and the body of UpdatePasswordPolicyV5 (fields left out keep their value; the
     * read-only {@code maximum_password_length} and {@code password_requirements} are ignored there).
     */
    @Schema(name = "PasswordPolicy")
    record PasswordPolicyBody(
            @JsonProperty("maximum_consecutive_identical_chars")
            Integer maximumConsecutiveIdenticalChars,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("maximum_password_length")
            Integer maximumPasswordLength,

            @JsonProperty("minimum_password_age") Integer minimumPasswordAge,
            @JsonProperty("minimum_password_length") Integer minimumPasswordLength,
            @JsonProperty("password_reuse_prevention") Integer passwordReusePrevention,
            @JsonProperty("password_not_username_or_invert") Boolean passwordNotUsernameOrInvert,

            @Schema(accessMode = Schema.AccessMode.READ_ONLY) @JsonProperty("password_requirements")
            String passwordRequirements,

            @JsonProperty("password_validity_period") Integer passwordValidityPeriod,
            @JsonProperty("password_char_combination") Integer passwordCharCombination,
            @JsonProperty("allow_user_to_change_password") Boolean allowUserToChangePassword) {

        static PasswordPolicyBody of(PasswordPolicy policy) {
            return new PasswordPolicyBody(
                    policy.maximumConsecutiveIdenticalChars(),
                    PasswordPolicy.MAXIMUM_PASSWORD_LENGTH,
                    policy.minimumPasswordAge(),
                    policy.minimumPasswordLength(),
                    policy.passwordReusePrevention(),
                    policy.passwordNotUsernameOrInvert(),
                    policy.requirements(),
                    policy.passwordValidityPeriod(),
                    policy.passwordCharCombination(),
                    policy.allowUserToChangePassword());
        }

        PasswordPolicyChange change() {
            return new PasswordPolicyChange(
                    maximumConsecutiveIdenticalChars,
                    minimumPasswordAge,
                    minimumPasswordLength,
                    passwordReusePrevention,
                    passwordNotUsernameOrInvert,
                    passwordValidityPeriod,
                    passwordCharCombination,
                    allowUserToChangePassword);
        }
    }

    @Schema(name = "PasswordPolicyResponse", description = "Answer of ShowPasswordPolicyV5 and UpdatePasswordPolicyV5")
    record PasswordPolicyResponse(
            @JsonProperty("password_policy") PasswordPolicyBody passwordPolicy) {}

    @Schema(name = "AllowAddressNetmask")
    record AddressNetmask(
            @Schema(example = "192.168.0.1/24") @JsonProperty("address_netmask")
            String addressNetmask,

            String description) {}

    @Schema(name = "AllowIpRange")
    record IpRange(
            @Schema(example = "0.0.0.0-255.255.255.255") @JsonProperty("ip_range")
            String ipRange,

            String description) {}

    /** The login policy as answered, and the body of UpdateLoginPolicyV5 (fields left out keep their value). */
    @Schema(name = "LoginPolicy", description = "allow_ip_ranges_ipv6 is in no SDK model; Terraform sends and reads it")
    record LoginPolicyBody(
            @JsonProperty("user_validity_period") Integer userValidityPeriod,
            @JsonProperty("custom_info_for_login") String customInfoForLogin,
            @JsonProperty("lockout_duration") Integer lockoutDuration,
            @JsonProperty("login_failed_times") Integer loginFailedTimes,
            @JsonProperty("period_with_login_failures") Integer periodWithLoginFailures,
            @JsonProperty("session_timeout") Integer sessionTimeout,
            @JsonProperty("show_recent_login_info") Boolean showRecentLoginInfo,
            @JsonProperty("allow_address_netmasks") List<AddressNetmask> allowAddressNetmasks,
            @JsonProperty("allow_ip_ranges") List<IpRange> allowIpRanges,
            @JsonProperty("allow_ip_ranges_ipv6") List<IpRange> allowIpRangesIpv6) {

        static LoginPolicyBody of(LoginPolicy policy) {
            return new LoginPolicyBody(
                    policy.userValidityPeriod(),
                    policy.customInfoForLogin(),
                    policy.lockoutDuration(),
                    policy.loginFailedTimes(),
                    policy.periodWithLoginFailures(),
                    policy.sessionTimeout(),
                    policy.showRecentLoginInfo(),
                    policy.allowAddressNetmasks().stream()
                            .map(entry -> new AddressNetmask(entry.value(), entry.description()))
                            .toList(),
                    ranges(policy.allowIpRanges()),
                    ranges(policy.allowIpRangesIpv6()));
        }

        LoginPolicyChange change() {
            return new LoginPolicyChange(
                    userValidityPeriod,
                    customInfoForLogin,
                    lockoutDuration,
                    loginFailedTimes,
                    periodWithLoginFailures,
                    sessionTimeout,
                    showRecentLoginInfo,
                    allowAddressNetmasks == null
                            ? null
                            : allowAddressNetmasks.stream()
                                    .map(entry -> entry == null
                                            ? null
                                            : new AllowedAddress(entry.addressNetmask(), entry.description()))
                                    .toList(),
                    addresses(allowIpRanges),
                    addresses(allowIpRangesIpv6));
        }

        private static List<IpRange> ranges(List<AllowedAddress> addresses) {
            return addresses.stream()
                    .map(entry -> new IpRange(entry.value(), entry.description()))
                    .toList();
        }

        private static List<AllowedAddress> addresses(List<IpRange> ranges) {
            return ranges == null
                    ? null
                    : ranges.stream()
                            .map(entry ->
                                    entry == null ? null : new AllowedAddress(entry.ipRange(), entry.description()))
                            .toList();
        }
    }

    @Schema(name = "LoginPolicyResponse", description = "Answer of ShowLoginPolicyV5 and UpdateLoginPolicyV5")
    record LoginPolicyResponse(@JsonProperty("login_policy") LoginPolicyBody loginPolicy) {}

    @Schema(name = "TokenPolicy", description = "The token policy, and the body of UpdateTokenPolicyV5")
    record TokenPolicyBody(@JsonProperty("token_enabled") Boolean tokenEnabled) {}

    @Schema(name = "TokenPolicyResponse", description = "Answer of ShowTokenPolicyV5 and UpdateTokenPolicyV5")
    record TokenPolicyResponse(@JsonProperty("token_policy") TokenPolicyBody tokenPolicy) {}

    @Schema(name = "ChangePasswordReqBody")
    record ChangePasswordRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("old_password")
            String oldPassword,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("new_password")
            String newPassword) {}
}
