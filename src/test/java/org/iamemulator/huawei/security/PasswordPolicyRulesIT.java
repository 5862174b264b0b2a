package org.iamemulator.huawei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.ChangePasswordReqBody;
import com.huaweicloud.sdk.iam.v5.model.ChangePasswordV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateLoginProfileReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateLoginProfileV5Request;
import com.huaweicloud.sdk.iam.v5.model.UpdateLoginProfileReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdateLoginProfileV5Request;
import com.huaweicloud.sdk.iam.v5.model.UpdatePasswordPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdatePasswordPolicyV5Request;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the password policy refusing a password through the official SDK, then letting the compliant one
 * through: CreateLoginProfileV5, UpdateLoginProfileV5, ChangePasswordV5 and password login. Each test has an
 * account of its own.
 */
class PasswordPolicyRulesIT extends ClockedAccountIntegrationTest {

    @Test
    void minimumLength() {
        policy(body -> body.withMinimumPasswordLength(12));
        String userId = account.user("len");

        assertRefused(() -> createProfile(userId, "Passw0rd-10"), "password", "minimum_password_length");
        createProfile(userId, "Passw0rd-012");
    }

    @Test
    void characterKinds() {
        policy(body -> body.withPasswordCharCombination(4));
        String userId = account.user("kinds");

        assertRefused(() -> createProfile(userId, "Passw0rdxx"), "password", "password_char_combination");
        createProfile(userId, "Passw0rd-x");
    }

    @Test
    void consecutiveIdenticalCharacters() {
        policy(body -> body.withMaximumConsecutiveIdenticalChars(2));
        String userId = account.user("repeat");

        assertRefused(() -> createProfile(userId, "Paaassw0rd"), "password", "maximum_consecutive_identical_chars");
        createProfile(userId, "Paassw0rd1");
    }

    @Test
    void notTheUserNameOrItsReverse() {
        String userId = account.user("Dave-2024x");

        assertRefused(() -> createProfile(userId, "Dave-2024x"), "password", "password_not_username_or_invert");
        assertRefused(() -> createProfile(userId, "x4202-evaD"), "password", "password_not_username_or_invert");
        policy(body -> body.withPasswordNotUsernameOrInvert(false));
        createProfile(userId, "x4202-evaD");
    }

    @Test
    void reusePrevention() {
        policy(body -> body.withPasswordReusePrevention(3));
        String userId = account.user("reuse");
        createProfile(userId, "Passw0rd-1");
        updateProfile(userId, "Passw0rd-2");
        updateProfile(userId, "Passw0rd-3");

        assertRefused(() -> updateProfile(userId, "Passw0rd-1"), "password", "password_reuse_prevention");
        updateProfile(userId, "Passw0rd-4");
        updateProfile(userId, "Passw0rd-1");
    }

    @Test
    void minimumPasswordAgeForIamUsersNotTheRootUser() {
        policy(body -> body.withMinimumPasswordAge(60));
        String userId = account.userWithPassword("aging", "Passw0rd-1");
        account.grant(userId, "iam:users:changePasswordV5");
        IamClient user = account.as(userId);

        assertRefused(() -> changeOwn(user, "Passw0rd-1", "Passw0rd-2"), "new_password", "minimum_password_age");
        changeOwn(root, properties.root().password(), "Root-Passw0rd-2");

        clock.advance(Duration.ofMinutes(60));
        account.asUser("aging", "Passw0rd-1")
                .body(Map.of("old_password", "Passw0rd-1", "new_password", "Passw0rd-2"))
                .post("/v5/caller-password")
                .then()
                .statusCode(200);
        account.login("aging", "Passw0rd-2").then().statusCode(201);
    }

    @Test
    void validityPeriodExpiresThePasswordAtLogin() {
        policy(body -> body.withPasswordValidityPeriod(30));
        String userId = account.userWithPassword("expiring", "Passw0rd-1");
        account.login("expiring", "Passw0rd-1").then().statusCode(201);

        clock.advance(Duration.ofDays(30));

        account.login("expiring", "Passw0rd-1")
                .then()
                .statusCode(401)
                .body("error_code", equalTo("IAM.0001"))
                .body(
                        "error_msg",
                        startsWith("The request you have made requires authentication. The password has"
                                + " expired (password_validity_period)"));
        // the root user's password never expires
        account.login(account.name(), properties.root().password()).then().statusCode(201);
        account.rootHttpAt(clock.instant())
                .body(Map.of("password", "Passw0rd-2"))
                .put("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(200);
        account.login("expiring", "Passw0rd-2").then().statusCode(201);
    }

    @Test
    void changingTheirOwnPasswordIsRefusedToIamUsersWhenThePolicySaysSo() {
        policy(body -> body.withAllowUserToChangePassword(false));
        String userId = account.userWithPassword("locked-in", "Passw0rd-1");
        account.grant(userId, "iam:users:changePasswordV5");
        IamClient user = account.as(userId);

        ServiceResponseException refused =
                catchThrowableOfType(ServiceResponseException.class, () -> changeOwn(user, "Passw0rd-1", "Passw0rd-2"));
        assertThat(refused.getHttpStatusCode()).isEqualTo(403);
        assertThat(refused.getErrorCode()).isEqualTo("IAM.0002");
        assertThat(refused.getErrorMsg()).contains("allow_user_to_change_password");
        changeOwn(root, properties.root().password(), "Root-Passw0rd-2");

        policy(body -> body.withAllowUserToChangePassword(true));
        changeOwn(user, "Passw0rd-1", "Passw0rd-2");
    }

    private void policy(UnaryOperator<UpdatePasswordPolicyReqBody> change) {
        root.updatePasswordPolicyV5(
                new UpdatePasswordPolicyV5Request().withBody(change.apply(new UpdatePasswordPolicyReqBody())));
    }

    private void createProfile(String userId, String password) {
        root.createLoginProfileV5(new CreateLoginProfileV5Request()
                .withUserId(userId)
                .withBody(new CreateLoginProfileReqBody().withPassword(password).withPasswordResetRequired(false)));
    }

    private void updateProfile(String userId, String password) {
        root.updateLoginProfileV5(new UpdateLoginProfileV5Request()
                .withUserId(userId)
                .withBody(new UpdateLoginProfileReqBody().withPassword(password)));
    }

    static void changeOwn(IamClient client, String oldPassword, String newPassword) {
        assertThat(client.changePasswordV5(new ChangePasswordV5Request()
                                .withBody(new ChangePasswordReqBody()
                                        .withOldPassword(oldPassword)
                                        .withNewPassword(newPassword)))
                        .getHttpStatusCode())
                .isEqualTo(200);
    }

    static void assertRefused(Runnable call, String field, String policyField) {
        ClientRequestException refused = catchThrowableOfType(ClientRequestException.class, call::run);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getHttpStatusCode()).isEqualTo(400);
        assertThat(refused.getErrorCode()).isEqualTo("IAM.0073");
        assertThat(refused.getErrorMsg())
                .startsWith("Invalid input for field '" + field + "'. The value is '******'.")
                .endsWith("(" + policyField + ").");
    }
}
