package org.iamemulator.huawei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.AllowAddressNetmask;
import com.huaweicloud.sdk.iam.v5.model.AllowIpRange;
import com.huaweicloud.sdk.iam.v5.model.LoginPolicy;
import com.huaweicloud.sdk.iam.v5.model.PasswordPolicy;
import com.huaweicloud.sdk.iam.v5.model.ShowLoginPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowPasswordPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.UpdateLoginPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdateLoginPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.UpdatePasswordPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdatePasswordPolicyV5Request;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Show/UpdatePasswordPolicyV5, Show/UpdateLoginPolicyV5 through the official SDK, Show/UpdateTokenPolicyV5 (Node.js
 * SDK 3.1.172 only) over raw HTTP: the defaults, a change naming only some fields, the ranges, the permission check,
 * and a reset bringing the seed's policies back. Each test has an account of its own.
 */
class SecurityPolicyApisIT extends OwnAccountIntegrationTest {

    @Test
    void theDefaultsAreTheRealServicesWithEveryFieldOfTheSdkModels() {
        PasswordPolicy password =
                root.showPasswordPolicyV5(new ShowPasswordPolicyV5Request()).getPasswordPolicy();

        assertThat(password)
                .isEqualTo(new PasswordPolicy()
                        .withMaximumConsecutiveIdenticalChars(0)
                        .withMaximumPasswordLength(32)
                        .withMinimumPasswordAge(0)
                        .withMinimumPasswordLength(8)
                        .withPasswordReusePrevention(1)
                        .withPasswordNotUsernameOrInvert(true)
                        .withPasswordRequirements(password.getPasswordRequirements())
                        .withPasswordValidityPeriod(0)
                        .withPasswordCharCombination(2)
                        .withAllowUserToChangePassword(true));
        assertThat(password.getPasswordRequirements()).startsWith("8 to 32 characters; at least 2 of:");
        assertThat(root.showLoginPolicyV5(new ShowLoginPolicyV5Request()).getLoginPolicy())
                .isEqualTo(new LoginPolicy()
                        .withUserValidityPeriod(0)
                        .withCustomInfoForLogin("")
                        .withLockoutDuration(15)
                        .withLoginFailedTimes(5)
                        .withPeriodWithLoginFailures(15)
                        .withSessionTimeout(60)
                        .withShowRecentLoginInfo(false)
                        .withAllowAddressNetmasks(List.of())
                        .withAllowIpRanges(List.of(new AllowIpRange()
                                .withIpRange("0.0.0.0-255.255.255.255")
                                .withDescription(""))));
    }

    @Test
    void anUpdateChangesTheFieldsItNamesAndAnswersThePolicy() {
        var updated = root.updatePasswordPolicyV5(new UpdatePasswordPolicyV5Request()
                .withBody(new UpdatePasswordPolicyReqBody()
                        .withMinimumPasswordLength(12)
                        .withPasswordCharCombination(3)));

        assertThat(updated.getHttpStatusCode()).isEqualTo(200);
        assertThat(updated.getPasswordPolicy().getMinimumPasswordLength()).isEqualTo(12);
        assertThat(updated.getPasswordPolicy().getPasswordCharCombination()).isEqualTo(3);
        assertThat(updated.getPasswordPolicy().getPasswordReusePrevention())
                .as("unchanged")
                .isEqualTo(1);
        assertThat(updated.getPasswordPolicy().getPasswordRequirements()).startsWith("12 to 32 characters; at least 3");
        assertThat(root.showPasswordPolicyV5(new ShowPasswordPolicyV5Request()).getPasswordPolicy())
                .isEqualTo(updated.getPasswordPolicy());

        LoginPolicy login = root.updateLoginPolicyV5(new UpdateLoginPolicyV5Request()
                        .withBody(new UpdateLoginPolicyReqBody()
                                .withSessionTimeout(30)
                                .withCustomInfoForLogin("Welcome")
                                .withShowRecentLoginInfo(true)
                                .withAllowAddressNetmasks(List.of(new AllowAddressNetmask()
                                        .withAddressNetmask("10.0.0.0/8")
                                        .withDescription("office")))))
                .getLoginPolicy();
        assertThat(login.getSessionTimeout()).isEqualTo(30);
        assertThat(login.getCustomInfoForLogin()).isEqualTo("Welcome");
        assertThat(login.getShowRecentLoginInfo()).isTrue();
        assertThat(login.getLoginFailedTimes()).as("unchanged").isEqualTo(5);
        assertThat(login.getAllowAddressNetmasks())
                .containsExactly(new AllowAddressNetmask()
                        .withAddressNetmask("10.0.0.0/8")
                        .withDescription("office"));
        assertThat(login.getAllowIpRanges()).as("unchanged").hasSize(1);
        assertThat(root.showLoginPolicyV5(new ShowLoginPolicyV5Request()).getLoginPolicy())
                .isEqualTo(login);
    }

    @Test
    void theIpv6RangesTerraformSendsAreValidatedAndEchoed() {
        String v6 = "2001:0db8:0000:0000:0000:0000:0000:0000-2001:0db8:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF";
        account.rootHttp()
                .get("/v5/login-policy")
                .then()
                .statusCode(200)
                .body("login_policy.allow_ip_ranges_ipv6[0].ip_range", startsWith("0000:0000:"));
        account.rootHttp()
                .body(Map.of("allow_ip_ranges_ipv6", List.of(Map.of("ip_range", v6, "description", "lab"))))
                .put("/v5/login-policy")
                .then()
                .statusCode(200)
                .body("login_policy.allow_ip_ranges_ipv6[0].ip_range", equalTo(v6))
                .body("login_policy.allow_ip_ranges_ipv6[0].description", equalTo("lab"));
        account.rootHttp()
                .body(Map.of("allow_ip_ranges_ipv6", List.of(Map.of("ip_range", "10.0.0.1-10.0.0.2"))))
                .put("/v5/login-policy")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"))
                .body("error_msg", startsWith("Invalid input for field 'allow_ip_ranges_ipv6[0].ip_range'."));
    }

    @Test
    void valuesOutsideTheirRangesAnswer400NamingTheField() {
        ClientRequestException tooShort = catchThrowableOfType(
                ClientRequestException.class,
                () -> root.updatePasswordPolicyV5(new UpdatePasswordPolicyV5Request()
                        .withBody(new UpdatePasswordPolicyReqBody().withMinimumPasswordLength(7))));
        assertThat(tooShort.getHttpStatusCode()).isEqualTo(400);
        assertThat(tooShort.getErrorCode()).isEqualTo("IAM.0073");
        assertThat(tooShort.getErrorMsg())
                .isEqualTo("Invalid input for field 'minimum_password_length'. The value"
                        + " is '7'. Expected an integer from 8 to 32.");
        ClientRequestException badRange = catchThrowableOfType(
                ClientRequestException.class,
                () -> root.updateLoginPolicyV5(new UpdateLoginPolicyV5Request()
                        .withBody(new UpdateLoginPolicyReqBody()
                                .withAllowIpRanges(List.of(new AllowIpRange().withIpRange("10.0.0.300-10.0.0.1"))))));
        assertThat(badRange.getHttpStatusCode()).isEqualTo(400);
        assertThat(badRange.getErrorMsg()).startsWith("Invalid input for field 'allow_ip_ranges[0].ip_range'.");
        account.rootHttp()
                .body(Map.of("session_timeout", "long"))
                .put("/v5/login-policy")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        account.rootHttp()
                .body("")
                .put("/v5/password-policy")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0011"));
        assertThat(root.showPasswordPolicyV5(new ShowPasswordPolicyV5Request())
                        .getPasswordPolicy()
                        .getMinimumPasswordLength())
                .isEqualTo(8);
    }

    @Test
    void iamUsersNeedTheSecurityPoliciesActions() {
        String userId = account.userWithPassword("auditor", "Auditor-Passw0rd");
        IamClient user = account.as(userId);

        ClientRequestException denied = catchThrowableOfType(
                ClientRequestException.class, () -> user.showPasswordPolicyV5(new ShowPasswordPolicyV5Request()));
        assertThat(denied.getHttpStatusCode()).isEqualTo(403);
        assertThat(denied.getErrorCode()).isEqualTo("PAP5.0001");
        assertThat(denied.getErrorMsg()).contains("iam:securitypolicies:getPasswordPolicyV5");

        account.grant(userId, "iam:securitypolicies:getPasswordPolicyV5", "iam:securitypolicies:getLoginPolicyV5");
        assertThat(user.showPasswordPolicyV5(new ShowPasswordPolicyV5Request()).getPasswordPolicy())
                .isNotNull();
        assertThat(user.showLoginPolicyV5(new ShowLoginPolicyV5Request()).getLoginPolicy())
                .isNotNull();
        ClientRequestException readOnly = catchThrowableOfType(
                ClientRequestException.class,
                () -> user.updateLoginPolicyV5(new UpdateLoginPolicyV5Request()
                        .withBody(new UpdateLoginPolicyReqBody().withSessionTimeout(15))));
        assertThat(readOnly.getErrorMsg()).contains("iam:securitypolicies:updateLoginPolicyV5");
    }

    @Test
    void theTokenPolicyIsShownAndChangedOverRawHttp() {
        account.rootHttp()
                .get("/v5/token-policy")
                .then()
                .statusCode(200)
                .body("token_policy.token_enabled", equalTo(true));
        account.rootHttp()
                .body(Map.of("token_enabled", false))
                .put("/v5/token-policy")
                .then()
                .statusCode(200)
                .body("token_policy.token_enabled", equalTo(false));
        account.rootHttp()
                .get("/v5/token-policy")
                .then()
                .statusCode(200)
                .body("token_policy.token_enabled", equalTo(false));
        account.rootHttp()
                .body(Map.of("token_enabled", "no"))
                .put("/v5/token-policy")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
    }

    @Test
    void aResetBringsBackTheSeedsPolicies() {
        root.updatePasswordPolicyV5(new UpdatePasswordPolicyV5Request()
                .withBody(new UpdatePasswordPolicyReqBody().withMinimumPasswordLength(20)));
        root.updateLoginPolicyV5(
                new UpdateLoginPolicyV5Request().withBody(new UpdateLoginPolicyReqBody().withLoginFailedTimes(3)));
        account.rootHttp()
                .body(Map.of("token_enabled", false))
                .put("/v5/token-policy")
                .then()
                .statusCode(200);

        control().post("/_emulator/reset?account_id=" + account.id()).then().statusCode(200);

        assertThat(root.showPasswordPolicyV5(new ShowPasswordPolicyV5Request())
                        .getPasswordPolicy()
                        .getMinimumPasswordLength())
                .isEqualTo(8);
        assertThat(root.showLoginPolicyV5(new ShowLoginPolicyV5Request())
                        .getLoginPolicy()
                        .getLoginFailedTimes())
                .isEqualTo(5);
        account.rootHttp().get("/v5/token-policy").then().body("token_policy.token_enabled", equalTo(true));
    }
}
