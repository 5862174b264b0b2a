package org.iamemulator.huawei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.iamemulator.huawei.security.PasswordPolicyRulesIT.assertRefused;
import static org.iamemulator.huawei.security.PasswordPolicyRulesIT.changeOwn;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.Tag;
import com.huaweicloud.sdk.iam.v5.model.TagResourceV5Request;
import com.huaweicloud.sdk.iam.v5.model.TagResourceV5Request.ResourceTypeEnum;
import com.huaweicloud.sdk.iam.v5.model.Tags;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ChangePasswordV5 ({@code POST /v5/caller-password}) through the official SDK: the caller's own password, proven by
 * the current one, under the password policy and the permission check with its condition keys.
 */
class ChangePasswordV5IT extends OwnAccountIntegrationTest {

    @Test
    void theCallerChangesItsPasswordAndLogsInWithTheNewOne() {
        String userId = account.userWithPassword("changer", "Passw0rd-1");
        account.grant(userId, "iam:users:changePasswordV5");

        changeOwn(account.as(userId), "Passw0rd-1", "Passw0rd-2");

        account.login("changer", "Passw0rd-1").then().statusCode(401);
        account.login("changer", "Passw0rd-2").then().statusCode(201);
        account.asUser("changer", "Passw0rd-2")
                .body(Map.of("old_password", "Passw0rd-2", "new_password", "Passw0rd-3"))
                .post("/v5/caller-password")
                .then()
                .statusCode(200)
                .body(equalTo(""));
    }

    @Test
    void aWrongCurrentPasswordOrABrokenRuleIsRefusedWith400() {
        String userId = account.userWithPassword("forgetful", "Passw0rd-1");
        account.grant(userId, "iam:users:changePasswordV5");
        IamClient user = account.as(userId);

        ClientRequestException wrong =
                catchThrowableOfType(ClientRequestException.class, () -> changeOwn(user, "Passw0rd-X", "Passw0rd-2"));
        assertThat(wrong.getHttpStatusCode()).isEqualTo(400);
        assertThat(wrong.getErrorCode()).isEqualTo("IAM.0073");
        assertThat(wrong.getErrorMsg())
                .isEqualTo("Invalid input for field 'old_password'. The value is '******'."
                        + " Expected the caller's current password.");
        assertRefused(() -> changeOwn(user, "Passw0rd-1", "abcdefghijk"), "new_password", "password_char_combination");
        assertRefused(() -> changeOwn(user, "Passw0rd-1", "Passw0rd-1"), "new_password", "password_reuse_prevention");
        account.asUser("forgetful", "Passw0rd-1")
                .body(Map.of("new_password", "Passw0rd-2"))
                .post("/v5/caller-password")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"));
        account.login("forgetful", "Passw0rd-1").then().statusCode(201);
    }

    @Test
    void aCallerWithoutALoginProfileHasNoPasswordToChange() {
        String userId = account.user("keys-only");
        account.grant(userId, "iam:users:changePasswordV5");

        ClientRequestException missing = catchThrowableOfType(
                ClientRequestException.class, () -> changeOwn(account.as(userId), "Passw0rd-1", "Passw0rd-2"));

        assertThat(missing.getHttpStatusCode()).isEqualTo(404);
        assertThat(missing.getErrorCode()).isEqualTo("IAM.0004");
        assertThat(missing.getErrorMsg()).isEqualTo("Could not find login-profile: " + userId + ".");
    }

    @Test
    void thePermissionCheckSeesTheCallersTagsAndThatItIsNoRootUser() {
        String policy = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":[\"iam:users:changePasswordV5\"],\"Condition\":{"
                + "\"StringEquals\":{\"g:ResourceTag/team\":[\"dev\"]},\"Bool\":{\"iam:ResourceIsRootUser\":[\"false\"]}}}]}";
        String policyId = account.rootHttp()
                .body(Map.of("policy_name", "change-own", "policy_document", policy))
                .post("/v5/policies")
                .then()
                .statusCode(201)
                .extract()
                .path("policy.policy_id");
        String dev = tagged(account.userWithPassword("dev-user", "Passw0rd-1"), "dev", policyId);
        String ops = tagged(account.userWithPassword("ops-user", "Passw0rd-1"), "ops", policyId);

        changeOwn(account.as(dev), "Passw0rd-1", "Passw0rd-2");
        ClientRequestException denied = catchThrowableOfType(
                ClientRequestException.class, () -> changeOwn(account.as(ops), "Passw0rd-1", "Passw0rd-2"));
        assertThat(denied.getHttpStatusCode()).isEqualTo(403);
        assertThat(denied.getErrorCode()).isEqualTo("PAP5.0001");
        assertThat(denied.getErrorMsg()).contains("iam:users:changePasswordV5");
    }

    private String tagged(String userId, String team, String policyId) {
        root.tagResourceV5(new TagResourceV5Request()
                .withResourceType(ResourceTypeEnum.USER)
                .withResourceId(userId)
                .withBody(
                        new Tags().withTags(List.of(new Tag().withTagKey("team").withTagValue(team)))));
        account.rootHttp()
                .body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/attach-user", policyId)
                .then()
                .statusCode(200);
        return userId;
    }
}
