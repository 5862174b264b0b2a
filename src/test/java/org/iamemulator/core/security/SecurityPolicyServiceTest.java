package org.iamemulator.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.user.UserFixtures;
import org.junit.jupiter.api.Test;

/**
 * The policies over rows in memory: defaults without a row, a change names only what changes, the documented ranges,
 * one account's policies only, the permission check of each operation.
 */
class SecurityPolicyServiceTest {

    private final UserFixtures users = new UserFixtures();
    private final SecurityPolicyFixtures fixtures = new SecurityPolicyFixtures();
    private final SecurityPolicyService service = fixtures.service(users.allowAll);

    @Test
    void anAccountWithoutAChangeHasTheDefaults() {
        assertThat(service.showPasswordPolicy(users.rootCaller)).isEqualTo(PasswordPolicy.DEFAULTS);
        assertThat(service.showLoginPolicy(users.rootCaller)).isEqualTo(LoginPolicy.DEFAULTS);
        assertThat(service.showTokenPolicy(users.rootCaller)).isTrue();
        assertThat(fixtures.rows.rows()).isEmpty();
        assertThat(users.checks)
                .containsExactly(
                        "iam:securitypolicies:getPasswordPolicyV5 null",
                        "iam:securitypolicies:getLoginPolicyV5 null",
                        "iam:securitypolicies:getTokenPolicyV5 null");
    }

    @Test
    void aChangeChangesOnlyTheFieldsItNames() {
        PasswordPolicy changed = service.updatePasswordPolicy(
                users.rootCaller, new PasswordPolicyChange(null, null, 12, null, null, null, 3, null));

        assertThat(changed).isEqualTo(new PasswordPolicy(0, 0, 12, 1, true, 0, 3, true));
        assertThat(service.passwordPolicy(ACCOUNT)).isEqualTo(changed);
        assertThat(service.passwordPolicy(OTHER_ACCOUNT)).as("another account").isEqualTo(PasswordPolicy.DEFAULTS);
        LoginPolicy login = service.updateLoginPolicy(
                users.rootCaller,
                new LoginPolicyChange(
                        null,
                        "hello",
                        null,
                        3,
                        null,
                        null,
                        null,
                        List.of(new AllowedAddress("10.0.0.0/8", null)),
                        null,
                        null));
        assertThat(login.customInfoForLogin()).isEqualTo("hello");
        assertThat(login.loginFailedTimes()).isEqualTo(3);
        assertThat(login.sessionTimeout()).isEqualTo(60);
        assertThat(login.allowAddressNetmasks()).containsExactly(new AllowedAddress("10.0.0.0/8", ""));
        assertThat(login.allowIpRanges()).isEqualTo(LoginPolicy.ALL_IPV4);
        assertThat(service.passwordPolicy(ACCOUNT)).as("the other policy stays").isEqualTo(changed);
        assertThat(service.updateTokenPolicy(users.rootCaller, false)).isFalse();
        assertThat(service.tokenEnabled(ACCOUNT)).isFalse();
        assertThat(service.loginPolicy(ACCOUNT)).isEqualTo(login);
    }

    @Test
    void valuesOutsideTheirRangesAreRefusedBeforeThePermissionCheck() {
        assertRefused(
                () -> service.updatePasswordPolicy(
                        users.rootCaller, new PasswordPolicyChange(33, null, null, null, null, null, null, null)),
                "maximum_consecutive_identical_chars");
        assertRefused(
                () -> service.updatePasswordPolicy(
                        users.rootCaller, new PasswordPolicyChange(null, 1441, null, null, null, null, null, null)),
                "minimum_password_age");
        assertRefused(
                () -> service.updatePasswordPolicy(
                        users.rootCaller, new PasswordPolicyChange(null, null, 7, null, null, null, null, null)),
                "minimum_password_length");
        assertRefused(
                () -> service.updatePasswordPolicy(
                        users.rootCaller, new PasswordPolicyChange(null, null, null, 25, null, null, null, null)),
                "password_reuse_prevention");
        assertRefused(
                () -> service.updatePasswordPolicy(
                        users.rootCaller, new PasswordPolicyChange(null, null, null, null, null, 181, null, null)),
                "password_validity_period");
        assertRefused(
                () -> service.updatePasswordPolicy(
                        users.rootCaller, new PasswordPolicyChange(null, null, null, null, null, null, 1, null)),
                "password_char_combination");
        assertRefused(
                () -> login(new LoginPolicyChange(241, null, null, null, null, null, null, null, null, null)),
                "user_validity_period");
        assertRefused(
                () -> login(new LoginPolicyChange(null, "a#b", null, null, null, null, null, null, null, null)),
                "custom_info_for_login");
        assertRefused(
                () -> login(new LoginPolicyChange(null, null, 14, null, null, null, null, null, null, null)),
                "lockout_duration");
        assertRefused(
                () -> login(new LoginPolicyChange(null, null, null, 11, null, null, null, null, null, null)),
                "login_failed_times");
        assertRefused(
                () -> login(new LoginPolicyChange(null, null, null, null, 61, null, null, null, null, null)),
                "period_with_login_failures");
        assertRefused(
                () -> login(new LoginPolicyChange(null, null, null, null, null, 14, null, null, null, null)),
                "session_timeout");
        assertRefused(
                () -> login(new LoginPolicyChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new AllowedAddress("10.0.0.1", "")),
                        null,
                        null)),
                "allow_address_netmasks[0].address_netmask");
        assertRefused(
                () -> login(new LoginPolicyChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new AllowedAddress("10.0.0.9-10.0.0.1", "")),
                        null)),
                "allow_ip_ranges[0].ip_range");
        assertRefused(
                () -> login(new LoginPolicyChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new AllowedAddress("::1-::2", "")),
                        null)),
                "allow_ip_ranges[0].ip_range");
        assertRefused(
                () -> login(new LoginPolicyChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new AllowedAddress("10.0.0.1-10.0.0.2", "")))),
                "allow_ip_ranges_ipv6[0].ip_range");
        assertRefused(
                () -> login(new LoginPolicyChange(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(new AllowedAddress("10.0.0.1-10.0.0.2", "a\tb")),
                        null)),
                "allow_ip_ranges[0].description");
        assertThat(users.checks).isEmpty();
        assertThat(fixtures.rows.rows()).isEmpty();
    }

    @Test
    void loginsComeFromAnAllowedRangeOrNetmaskOfTheirFamily() {
        LoginPolicy policy = login(new LoginPolicyChange(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new AllowedAddress("192.168.0.1/24", "")),
                List.of(new AllowedAddress("10.0.0.1-10.0.0.9", "")),
                List.of(new AllowedAddress("::1-::1", ""))));

        assertThat(policy.allowsAddress("10.0.0.9")).isTrue();
        assertThat(policy.allowsAddress("192.168.0.200")).isTrue();
        assertThat(policy.allowsAddress("127.0.0.1")).isFalse();
        assertThat(policy.allowsAddress("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(policy.allowsAddress("::2")).isFalse();
        assertThat(LoginPolicy.DEFAULTS.allowsAddress("127.0.0.1")).isTrue();
        assertThat(LoginPolicy.DEFAULTS.allowsAddress("::1")).isTrue();
    }

    @Test
    void aUserUnusedForTheValidityPeriodHasExpiredUnlessItIsZero() {
        Instant lastUsed = Instant.parse("2024-01-31T08:00:00Z");
        LoginPolicy policy = login(new LoginPolicyChange(10, null, null, null, null, null, null, null, null, null));

        assertThat(policy.userExpired(
                        lastUsed, lastUsed.plus(Duration.ofDays(10)).minusSeconds(1)))
                .isFalse();
        assertThat(policy.userExpired(lastUsed, lastUsed.plus(Duration.ofDays(10))))
                .isTrue();
        assertThat(LoginPolicy.DEFAULTS.userExpired(lastUsed, lastUsed.plus(Duration.ofDays(3650))))
                .isFalse();
    }

    @Test
    void theLockOutIsThePolicysNumbers() {
        LoginPolicy policy = login(new LoginPolicyChange(null, null, 30, 3, 20, null, null, null, null, null));

        assertThat(policy.lockout())
                .isEqualTo(new LoginPolicy.Lockout(3, Duration.ofMinutes(20), Duration.ofMinutes(30)));
    }

    private LoginPolicy login(LoginPolicyChange change) {
        return service.updateLoginPolicy(users.rootCaller, change);
    }

    private static void assertRefused(Runnable update, String field) {
        assertThatThrownBy(update::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.field()).isEqualTo(field));
    }
}
