package org.iamemulator.huawei.error;

import org.iamemulator.core.error.AuthenticationException;

/** How the Huawei dialect words each authentication failure: the API gateway's and IAM's own codes. */
public final class AuthenticationErrors {

    private AuthenticationErrors() {}

    public record Rendered(HuaweiError error, String message) {}

    public static Rendered render(AuthenticationException e, String accessKeyId) {
        return switch (e.reason()) {
            case UNKNOWN_ACCESS_KEY -> gateway("Get secretKey failed,ak:" + e.subject() + ",err:ak not exist");
            case ACCESS_KEY_LOCKED -> gateway("AK access failed to reach the limit,forbidden");
            case TOKEN_INVALID -> gateway("decrypt token fail");
            case TOKEN_EXPIRED -> gateway("token expires, expires_at: " + e.subject());
            case ACCESS_KEY_INACTIVE ->
                new Rendered(HuaweiError.ACCESS_KEY_INACTIVE, HuaweiError.ACCESS_KEY_INACTIVE.message(e.subject()));
            case USER_DISABLED ->
                accessKeyId != null
                        ? new Rendered(
                                HuaweiError.USER_WITH_KEY_DISABLED,
                                HuaweiError.USER_WITH_KEY_DISABLED.message(e.subject(), accessKeyId))
                        : new Rendered(HuaweiError.USER_DISABLED, HuaweiError.USER_DISABLED.message(e.subject()));
            case WRONG_PASSWORD ->
                new Rendered(
                        HuaweiError.LOGIN_FAILED,
                        HuaweiError.LOGIN_FAILED.message("The username or password is wrong."));
            case SECURITY_TOKEN_MISSING ->
                gateway("the temporary access key " + e.subject()
                        + " needs its security token in the signed header X-Security-Token");
            case SECURITY_TOKEN_INVALID -> gateway("verify security token fail");
            case SECURITY_TOKEN_EXPIRED -> gateway("security token expires, expires_at: " + e.subject());
            case LOCKED_OUT ->
                new Rendered(
                        HuaweiError.LOGIN_FAILED,
                        HuaweiError.LOGIN_FAILED.message(
                                "Too many failed logins: password login is locked until " + e.subject() + "."));
            case PASSWORD_EXPIRED ->
                new Rendered(
                        HuaweiError.LOGIN_FAILED,
                        HuaweiError.LOGIN_FAILED.message(
                                "The password has expired (password_validity_period): it was set at " + e.subject()
                                        + "; set a new one with UpdateLoginProfileV5 or ChangePasswordV5."));
            case ADDRESS_NOT_ALLOWED ->
                new Rendered(
                        HuaweiError.LOGIN_FAILED,
                        HuaweiError.LOGIN_FAILED.message(
                                "Login from " + e.subject() + " is not allowed by the account's login policy"
                                        + " (allow_ip_ranges, allow_address_netmasks, allow_ip_ranges_ipv6)."));
            case MFA_CODE_INVALID ->
                new Rendered(
                        HuaweiError.LOGIN_FAILED,
                        HuaweiError.LOGIN_FAILED.message(
                                "The virtual MFA verification code is missing or wrong: user " + e.subject()
                                        + " logs in with the methods password and totp and the current code of its enabled"
                                        + " virtual MFA device."));
        };
    }

    public static Rendered gateway(String detail) {
        return new Rendered(HuaweiError.AUTHENTICATION_FAILED, HuaweiError.AUTHENTICATION_FAILED.message(detail));
    }
}
