package org.iamemulator.dialects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.aliyun.ims20190815.models.GetLoginProfileRequest;
import com.aliyun.ims20190815.models.GetLoginProfileResponseBody.GetLoginProfileResponseBodyLoginProfile;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.iamemulator.support.AliyunSdk;
import org.iamemulator.support.AwsSdk;
import org.iamemulator.support.DialectIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.User;

/**
 * One user, one access key pair, one login record, read through the Huawei, Alibaba and AWS (CTyun) SDKs: the
 * values agree across the dialects.
 */
class OneUserThroughThreeDialectsIT extends DialectIntegrationTest {

    @Test
    void theSameUserAndLoginReadAlikeInEveryDialect() throws Exception {
        String name = uniqueName("tri");
        String userId = givenUser(name, Map.of("team", "ops"));
        givenLoginProfile(userId, false);
        KeyPair key = givenAccessKey(userId);
        grant(userId, "iam:users:getUserV5", "iam:users:showUserLastLoginV5", "ram::GetLoginProfile", "iam::GetUser");
        Instant login = Instant.parse("2024-05-06T07:08:09.123Z");
        provisioning.recordLogin(userId, login, "198.51.100.4");

        IamClient huawei = HuaweiSdk.iamClient(baseUri, key.accessKeyId(), key.secretKey(), properties.accountId());
        ShowUserV5Response shown = huawei.showUserV5(new ShowUserV5Request().withUserId(userId));
        OffsetDateTime huaweiLastLogin = huawei.showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(userId))
                .getUserLastLogin()
                .getLastLoginAt();

        GetLoginProfileResponseBodyLoginProfile profile = AliyunSdk.ims(
                        "127.0.0.1:" + port, key.accessKeyId(), key.secretKey())
                .getLoginProfile(new GetLoginProfileRequest()
                        .setUserPrincipalName(name + "@" + properties.accountName() + ".onaliyun.com"))
                .getBody()
                .getLoginProfile();

        User aws = AwsSdk.iam(baseUri, key.accessKeyId(), key.secretKey())
                .getUser()
                .user();

        // who
        assertThat(aws.userId()).isEqualTo(shown.getUser().getUserId()).isEqualTo(userId);
        assertThat(aws.userName()).isEqualTo(shown.getUser().getUserName()).isEqualTo(name);
        assertThat(profile.getUserPrincipalName()).startsWith(name + "@");
        // when created
        assertThat(aws.createDate())
                .isEqualTo(shown.getUser().getCreatedAt().toInstant().truncatedTo(ChronoUnit.SECONDS));
        // tags
        assertThat(aws.tags())
                .singleElement()
                .satisfies(tag -> assertThat(tag.key() + "=" + tag.value()).isEqualTo("team=ops"));
        // the last login, from the same record (milliseconds in Huawei, seconds in the others)
        assertThat(huaweiLastLogin).isEqualTo(OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 123_000_000, ZoneOffset.UTC));
        assertThat(profile.getLastLoginTime()).isEqualTo("2024-05-06T07:08:09Z");
        assertThat(aws.passwordLastUsed()).isEqualTo(login.truncatedTo(ChronoUnit.SECONDS));
        // the journal names each dialect's operation, although the RPC and Query dialects share the path /
        assertThat(control()
                        .get("/_emulator/requests?principal=" + name)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("requests.operation", String.class))
                .containsExactly("CtyunGetUser", "AliyunGetLoginProfile", "ShowUserLastLoginV5", "ShowUserV5");
        control()
                .get("/_emulator/requests?operation=CtyunGetUser&principal=" + name)
                .then()
                .body("count", equalTo(1));
    }
}
