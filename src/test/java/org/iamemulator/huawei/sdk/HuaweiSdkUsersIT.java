package org.iamemulator.huawei.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Response;
import com.huaweicloud.sdk.iam.v5.model.DeleteUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Response;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Response;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Response;
import com.huaweicloud.sdk.iam.v5.model.UpdateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdateUserV5Request;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official Huawei Cloud Java SDK, unmodified, gets typed answers from the user APIs. */
class HuaweiSdkUsersIT extends EmulatorIntegrationTest {

    private IamClient iam;

    @BeforeEach
    void sdkClient() {
        iam = HuaweiSdk.iamClient(
                baseUri, properties.root().accessKey(), properties.root().secretKey(), properties.accountId());
    }

    @Test
    void showUserV5ReturnsATypedUserWithTags() {
        String name = uniqueName("sdk");
        String id = givenUser(name, Map.of("team", "dev"));

        ShowUserV5Response response = iam.showUserV5(new ShowUserV5Request().withUserId(id));

        assertThat(response.getHttpStatusCode()).isEqualTo(200);
        assertThat(response.getUser().getUserId()).isEqualTo(id);
        assertThat(response.getUser().getUserName()).isEqualTo(name);
        assertThat(response.getUser().getIsRootUser()).isFalse();
        assertThat(response.getUser().getEnabled()).isTrue();
        assertThat(response.getUser().getUrn()).isEqualTo("iam::" + properties.accountId() + ":user:" + name);
        assertThat(response.getUser().getCreatedAt()).isNotNull();
        assertThat(response.getUser().getTags())
                .singleElement()
                .satisfies(tag ->
                        assertThat(tag.getTagKey() + "=" + tag.getTagValue()).isEqualTo("team=dev"));
    }

    @Test
    void showUserLastLoginV5ReturnsATypedTimeOrNull() {
        String id = givenUser(uniqueName("sdk-login"), Map.of());

        ShowUserLastLoginV5Response never = iam.showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(id));
        assertThat(never.getUserLastLogin()).isNotNull();
        assertThat(never.getUserLastLogin().getLastLoginAt()).isNull();

        provisioning.recordLogin(id, Instant.parse("2023-09-13T03:32:02.563Z"), "192.0.2.9");
        ShowUserLastLoginV5Response after = iam.showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(id));
        assertThat(after.getUserLastLogin().getLastLoginAt())
                .isEqualTo(OffsetDateTime.of(2023, 9, 13, 3, 32, 2, 563_000_000, ZoneOffset.UTC));
    }

    @Test
    void createListUpdateAndDeleteThroughTheSdk() {
        String name = uniqueName("sdk-crud");
        CreateUserV5Response created = iam.createUserV5(new CreateUserV5Request()
                .withBody(new CreateUserReqBody()
                        .withName(name)
                        .withDescription("from the SDK")
                        .withEnabled(true)));
        assertThat(created.getHttpStatusCode()).isEqualTo(201);
        String id = created.getUser().getUserId();

        ListUsersV5Response listed = iam.listUsersV5(new ListUsersV5Request().withLimit(200));
        assertThat(listed.getUsers())
                .anySatisfy(user -> assertThat(user.getUserId()).isEqualTo(id));
        assertThat(listed.getPageInfo().getCurrentCount())
                .isEqualTo(listed.getUsers().size());

        iam.updateUserV5(new UpdateUserV5Request()
                .withUserId(id)
                .withBody(new UpdateUserReqBody().withNewDescription("updated").withEnabled(false)));
        ShowUserV5Response shown = iam.showUserV5(new ShowUserV5Request().withUserId(id));
        assertThat(shown.getUser().getDescription()).isEqualTo("updated");
        assertThat(shown.getUser().getEnabled()).isFalse();

        assertThat(iam.deleteUserV5(new DeleteUserV5Request().withUserId(id)).getHttpStatusCode())
                .isEqualTo(204);
    }

    @Test
    void errorsSurfaceAsTheSdksExceptionWithCodeAndRequestId() {
        ClientRequestException error = catchThrowableOfType(
                ClientRequestException.class,
                () -> iam.showUserV5(new ShowUserV5Request().withUserId("0000000000000000000000000000dead")));

        assertThat(error.getHttpStatusCode()).isEqualTo(404);
        assertThat(error.getErrorCode()).isEqualTo("IAM.0004");
        assertThat(error.getErrorMsg()).isEqualTo("Could not find user: 0000000000000000000000000000dead.");
        assertThat(error.getRequestId()).matches("[0-9a-f]{32}");
    }
}
