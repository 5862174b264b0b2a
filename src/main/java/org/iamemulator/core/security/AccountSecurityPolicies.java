package org.iamemulator.core.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An account's password, login and token policies, stored once one of them was changed (until then the defaults
 * hold). The allowed address lists are kept one entry a line, {@code <value>TAB<description>}: the rules let
 * neither contain a tab or a line break.
 */
@Entity
@Table(name = "account_security_policies")
public class AccountSecurityPolicies {

    @Id
    @Column(name = "account_id")
    private String accountId;

    @Column(name = "maximum_consecutive_identical_chars", nullable = false)
    private int maximumConsecutiveIdenticalChars;

    @Column(name = "minimum_password_age", nullable = false)
    private int minimumPasswordAge;

    @Column(name = "minimum_password_length", nullable = false)
    private int minimumPasswordLength;

    @Column(name = "password_reuse_prevention", nullable = false)
    private int passwordReusePrevention;

    @Column(name = "password_not_username_or_invert", nullable = false)
    private boolean passwordNotUsernameOrInvert;

    @Column(name = "password_validity_period", nullable = false)
    private int passwordValidityPeriod;

    @Column(name = "password_char_combination", nullable = false)
    private int passwordCharCombination;

    @Column(name = "allow_user_to_change_password", nullable = false)
    private boolean allowUserToChangePassword;

    @Column(name = "user_validity_period", nullable = false)
    private int userValidityPeriod;

    @Column(name = "custom_info_for_login", nullable = false)
    private String customInfoForLogin;

    @Column(name = "lockout_duration", nullable = false)
    private int lockoutDuration;

    @Column(name = "login_failed_times", nullable = false)
    private int loginFailedTimes;

    @Column(name = "period_with_login_failures", nullable = false)
    private int periodWithLoginFailures;

    @Column(name = "session_timeout", nullable = false)
    private int sessionTimeout;

    @Column(name = "show_recent_login_info", nullable = false)
    private boolean showRecentLoginInfo;

    @Column(name = "allow_address_netmasks", nullable = false)
    private String allowAddressNetmasks;

    @Column(name = "allow_ip_ranges", nullable = false)
    private String allowIpRanges;

    @Column(name = "allow_ip_ranges_ipv6", nullable = false)
    private String allowIpRangesIpv6;

    @Column(name = "token_enabled", nullable = false)
    private boolean tokenEnabled;

    protected AccountSecurityPolicies() {}

    /** The account's policies at their defaults. */
    AccountSecurityPolicies(String accountId) {
        this.accountId = accountId;
        setPasswordPolicy(PasswordPolicy.DEFAULTS);
        setLoginPolicy(LoginPolicy.DEFAULTS);
        this.tokenEnabled = true;
    }

    public String accountId() {
        return accountId;
    }

    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(
                maximumConsecutiveIdenticalChars,
                minimumPasswordAge,
                minimumPasswordLength,
                passwordReusePrevention,
                passwordNotUsernameOrInvert,
                passwordValidityPeriod,
                passwordCharCombination,
                allowUserToChangePassword);
    }

    void setPasswordPolicy(PasswordPolicy policy) {
        maximumConsecutiveIdenticalChars = policy.maximumConsecutiveIdenticalChars();
        minimumPasswordAge = policy.minimumPasswordAge();
        minimumPasswordLength = policy.minimumPasswordLength();
        passwordReusePrevention = policy.passwordReusePrevention();
        passwordNotUsernameOrInvert = policy.passwordNotUsernameOrInvert();
        passwordValidityPeriod = policy.passwordValidityPeriod();
        passwordCharCombination = policy.passwordCharCombination();
        allowUserToChangePassword = policy.allowUserToChangePassword();
    }

    LoginPolicy loginPolicy() {
        return new LoginPolicy(
                userValidityPeriod,
                customInfoForLogin,
                lockoutDuration,
                loginFailedTimes,
                periodWithLoginFailures,
                sessionTimeout,
                showRecentLoginInfo,
                decode(allowAddressNetmasks),
                decode(allowIpRanges),
                decode(allowIpRangesIpv6));
    }

    void setLoginPolicy(LoginPolicy policy) {
        userValidityPeriod = policy.userValidityPeriod();
        customInfoForLogin = policy.customInfoForLogin();
        lockoutDuration = policy.lockoutDuration();
        loginFailedTimes = policy.loginFailedTimes();
        periodWithLoginFailures = policy.periodWithLoginFailures();
        sessionTimeout = policy.sessionTimeout();
        showRecentLoginInfo = policy.showRecentLoginInfo();
        allowAddressNetmasks = encode(policy.allowAddressNetmasks());
        allowIpRanges = encode(policy.allowIpRanges());
        allowIpRangesIpv6 = encode(policy.allowIpRangesIpv6());
    }

    boolean tokenEnabled() {
        return tokenEnabled;
    }

    void setTokenEnabled(boolean tokenEnabled) {
        this.tokenEnabled = tokenEnabled;
    }

    private static String encode(List<AllowedAddress> addresses) {
        return addresses.stream()
                .map(address -> address.value() + "\t" + address.description())
                .collect(Collectors.joining("\n"));
    }

    private static List<AllowedAddress> decode(String text) {
        return text.isEmpty()
                ? List.of()
                : Arrays.stream(text.split("\n"))
                        .map(line -> {
                            int tab = line.indexOf('\t');
                            return new AllowedAddress(line.substring(0, tab), line.substring(tab + 1));
                        })
                        .toList();
    }
}
