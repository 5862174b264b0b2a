package org.iamemulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.ims20190815.models.GetLoginProfileRequest;
import com.aliyun.tea.TeaException;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import java.util.Map;
import org.iamemulator.support.AliyunSdk;
import org.iamemulator.support.AwsSdk;
import org.iamemulator.support.DialectIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.model.IamException;

/**
 * A key is one credential whichever signature scheme carries it: wrong signatures count toward the gateway's lock-out
 * (5 in a row, 5 minutes) in every dialect, and a locked key is refused in every dialect, each in its own format.
 */
class AccessKeyLockoutAcrossDialectsIT extends DialectIntegrationTest {

    private static final String WRONG_SECRET = "W".repeat(40);

    private String userName;
    private String userId;
    private KeyPair key;

    @BeforeEach
    void aUserWithAKeyAndAPassword() {
        userName = uniqueName("locked");
        userId = givenUser(userName, Map.of());
        givenLoginProfile(userId, false);
        key = givenAccessKey(userId);
        grant(userId, "iam:users:getUserV5", "ram::GetLoginProfile", "iam::GetUser");
    }

    @Test
    void wrongSignaturesOfAllThreeDialectsAddUpToALockThatAllThreeEnforce() {
        huaweiShow(WRONG_SECRET);
        aliyunGet(WRONG_SECRET);
        awsGetUser(WRONG_SECRET);
        huaweiShow(WRONG_SECRET);
        // four wrong signatures: the right one still passes, and starts the count again
        assertThat(awsGetUser(key.secretKey())).isNull();
        for (int i = 0; i < 2; i++) {
            assertThat(aliyunGet(WRONG_SECRET).getCode()).isEqualTo("SignatureDoesNotMatch");
            assertThat(awsGetUser(WRONG_SECRET).awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
        }
        ClientRequestException fifth = huaweiShow(WRONG_SECRET);
        assertThat(fifth.getErrorMsg())
                .isEqualTo("Incorrect IAM authentication information: verify aksk signature fail");

        ClientRequestException huawei = huaweiShow(key.secretKey());
        assertThat(huawei.getHttpStatusCode()).isEqualTo(401);
        assertThat(huawei.getErrorCode()).isEqualTo("APIGW.0301");
        assertThat(huawei.getErrorMsg())
                .isEqualTo("Incorrect IAM authentication information: AK access failed to reach the limit,forbidden");
        TeaException aliyun = aliyunGet(key.secretKey());
        assertThat(aliyun.getCode()).isEqualTo("InvalidAccessKeyId.Inactive");
        assertThat(aliyun.getMessage()).contains("locked for 5 minutes");
        IamException aws = awsGetUser(key.secretKey());
        assertThat(aws.statusCode()).isEqualTo(403);
        assertThat(aws.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
        assertThat(aws.awsErrorDetails().errorMessage()).contains("locked for 5 minutes");
    }

    @Test
    void theLockHoldsOnlyTheKeyThatWasAbused() {
        for (int i = 0; i < 5; i++) {
            assertThat(awsGetUser(WRONG_SECRET).awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
        }
        assertThat(awsGetUser(key.secretKey()).awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");

        KeyPair second = givenAccessKey(userId);
        assertThat(AwsSdk.iamWithoutRetries(baseUri, second.accessKeyId(), second.secretKey())
                        .getUser()
                        .user()
                        .userName())
                .isEqualTo(userName);
        assertThat(HuaweiSdk.iamClient(baseUri, second.accessKeyId(), second.secretKey(), properties.accountId())
                        .showUserV5(new ShowUserV5Request().withUserId(userId))
                        .getUser()
                        .getUserId())
                .isEqualTo(userId);
    }

    private ClientRequestException huaweiShow(String secret) {
        return catchThrowableOfType(
                ClientRequestException.class,
                () -> HuaweiSdk.iamClient(baseUri, key.accessKeyId(), secret, properties.accountId())
                        .showUserV5(new ShowUserV5Request().withUserId(userId)));
    }

    private TeaException aliyunGet(String secret) {
        return catchThrowableOfType(
                TeaException.class,
                () -> AliyunSdk.ims("127.0.0.1:" + port, key.accessKeyId(), secret)
                        .getLoginProfile(new GetLoginProfileRequest()
                                .setUserPrincipalName(userName + "@" + properties.accountName() + ".onaliyun.com")));
    }

    /** The AWS SDK retries a SignatureDoesNotMatch as a possible clock skew; without retries each call is one try. */
    private IamException awsGetUser(String secret) {
        return catchThrowableOfType(
                IamException.class,
                () -> AwsSdk.iamWithoutRetries(baseUri, key.accessKeyId(), secret)
                        .getUser());
    }
}
