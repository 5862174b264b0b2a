package org.iamemulator.huawei.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.AccessKeyStatus;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Response;
import com.huaweicloud.sdk.iam.v5.model.CreateLoginProfileReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateLoginProfileV5Request;
import com.huaweicloud.sdk.iam.v5.model.DeleteAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.DeleteLoginProfileV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListAccessKeysV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowAccessKeyLastUsedV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowLoginProfileV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.UpdateAccessKeyReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdateAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.UpdateLoginProfileReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdateLoginProfileV5Request;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official SDK manages keys and passwords, and signs with a key created through the emulator. */
class HuaweiSdkCredentialsIT extends EmulatorIntegrationTest {

    private IamClient root;
    private String userId;

    @BeforeEach
    void rootClientAndUser() {
        root = HuaweiSdk.iamClient(
                baseUri, properties.root().accessKey(), properties.root().secretKey(), properties.accountId());
        userId = givenUser(uniqueName("sdk-cred"), Map.of("team", "dev"));
    }

    @Test
    void anIamUserCallsTheApiWithItsOwnKey() {
        grant(
                userId,
                "iam:users:getUserV5",
                "iam:users:showUserLastLoginV5",
                "iam:credentials:listCredentialsV5",
                "iam:users:createLoginProfileV5");
        CreateAccessKeyV5Response created = root.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(userId));
        assertThat(created.getHttpStatusCode()).isEqualTo(201);
        assertThat(created.getAccessKey().getSecretAccessKey()).hasSize(40);
        assertThat(created.getAccessKey().getStatus()).isEqualTo(AccessKeyStatus.ACTIVE);

        IamClient user = HuaweiSdk.iamClient(
                baseUri,
                created.getAccessKey().getAccessKeyId(),
                created.getAccessKey().getSecretAccessKey(),
                properties.accountId());
        assertThat(user.showUserV5(new ShowUserV5Request().withUserId(userId))
                        .getUser()
                        .getUserId())
                .isEqualTo(userId);
        assertThat(user.showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(userId))
                        .getUserLastLogin()
                        .getLastLoginAt())
                .isNull();

        assertThat(user.listAccessKeysV5(new ListAccessKeysV5Request().withUserId(userId))
                        .getAccessKeys())
                .extracting(key -> key.getAccessKeyId())
                .containsExactly(created.getAccessKey().getAccessKeyId());
        assertThat(user.createLoginProfileV5(new CreateLoginProfileV5Request()
                                .withUserId(userId)
                                .withBody(new CreateLoginProfileReqBody()
                                        .withPassword("Own-Passw0rd")
                                        .withPasswordResetRequired(false)))
                        .getLoginProfile()
                        .getUserId())
                .isEqualTo(userId);
        assertThat(root.showAccessKeyLastUsedV5(new ShowAccessKeyLastUsedV5Request()
                                .withUserId(userId)
                                .withAccessKeyId(created.getAccessKey().getAccessKeyId()))
                        .getAccessKeyLastUsed()
                        .getLastUsedAt())
                .isNotNull();
    }

    @Test
    void anIamUserWithoutAPolicyIsRefusedWithAnExplainableDenial() {
        CreateAccessKeyV5Response created = root.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(userId));
        IamClient user = HuaweiSdk.iamClient(
                baseUri,
                created.getAccessKey().getAccessKeyId(),
                created.getAccessKey().getSecretAccessKey(),
                properties.accountId());

        ClientRequestException denied = catchThrowableOfType(
                ClientRequestException.class,
                () -> user.listAccessKeysV5(new ListAccessKeysV5Request().withUserId(userId)));

        assertThat(denied.getHttpStatusCode()).isEqualTo(403);
        assertThat(denied.getErrorCode()).isEqualTo("PAP5.0001");
        assertThat(denied.getEncodedAuthorizationMessage()).isNotBlank();
    }

    @Test
    void managesAccessKeysWithTypedResponses() {
        String accessKey = root.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(userId))
                .getAccessKey()
                .getAccessKeyId();

        assertThat(root.listAccessKeysV5(new ListAccessKeysV5Request().withUserId(userId))
                        .getAccessKeys())
                .singleElement()
                .satisfies(key -> assertThat(key.getAccessKeyId()).isEqualTo(accessKey));
        assertThat(root.updateAccessKeyV5(new UpdateAccessKeyV5Request()
                                .withUserId(userId)
                                .withAccessKeyId(accessKey)
                                .withBody(new UpdateAccessKeyReqBody().withStatus(AccessKeyStatus.INACTIVE)))
                        .getAccessKey()
                        .getStatus())
                .isEqualTo(AccessKeyStatus.INACTIVE);
        assertThat(root.deleteAccessKeyV5(new DeleteAccessKeyV5Request()
                                .withUserId(userId)
                                .withAccessKeyId(accessKey))
                        .getHttpStatusCode())
                .isEqualTo(204);
    }

    @Test
    void managesTheLoginProfileWithTypedResponses() {
        assertThat(root.createLoginProfileV5(new CreateLoginProfileV5Request()
                                .withUserId(userId)
                                .withBody(new CreateLoginProfileReqBody()
                                        .withPassword("Sdk-Passw0rd")
                                        .withPasswordResetRequired(true)))
                        .getLoginProfile()
                        .getPasswordResetRequired())
                .isTrue();
        assertThat(root.updateLoginProfileV5(new UpdateLoginProfileV5Request()
                                .withUserId(userId)
                                .withBody(new UpdateLoginProfileReqBody().withPasswordResetRequired(false)))
                        .getLoginProfile()
                        .getPasswordResetRequired())
                .isFalse();
        assertThat(root.showLoginProfileV5(new ShowLoginProfileV5Request().withUserId(userId))
                        .getLoginProfile()
                        .getCreatedAt())
                .isNotNull();
        root.deleteLoginProfileV5(new DeleteLoginProfileV5Request().withUserId(userId));

        ClientRequestException missing = catchThrowableOfType(
                ClientRequestException.class,
                () -> root.showLoginProfileV5(new ShowLoginProfileV5Request().withUserId(userId)));
        assertThat(missing.getHttpStatusCode()).isEqualTo(404);
        assertThat(missing.getErrorCode()).isEqualTo("IAM.0004");
    }

    @Test
    void aWrongSecretSurfacesAsTheGatewaysError() {
        IamClient wrong =
                HuaweiSdk.iamClient(baseUri, properties.root().accessKey(), "x".repeat(40), properties.accountId());

        ClientRequestException error = catchThrowableOfType(
                ClientRequestException.class, () -> wrong.showUserV5(new ShowUserV5Request().withUserId(userId)));

        assertThat(error.getHttpStatusCode()).isEqualTo(401);
        assertThat(error.getErrorCode()).isEqualTo("APIGW.0301");
        assertThat(error.getRequestId()).matches("[0-9a-f]{32}");
    }
}
