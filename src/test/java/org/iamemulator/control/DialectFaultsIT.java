package org.iamemulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.ims20190815.models.GetLoginProfileRequest;
import com.aliyun.tea.TeaException;
import java.util.Map;
import org.iamemulator.support.AliyunSdk;
import org.iamemulator.support.AwsSdk;
import org.iamemulator.support.DialectIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;

/** Injected faults reach the Alibaba and AWS (CTyun) SDKs in their own error formats, not in Huawei's. */
class DialectFaultsIT extends DialectIntegrationTest {

    private String userName;

    @BeforeEach
    void aUserWithAPassword() {
        userName = uniqueName("faulty");
        givenLoginProfile(givenUser(userName, Map.of()), false);
    }

    @AfterEach
    void noFaults() {
        control().delete("/_emulator/faults").then().statusCode(204);
    }

    @Test
    void alibabaThrottlingAndServerErrors() {
        addFault(Map.of("operation", "AliyunGetLoginProfile", "effect", "throttle", "count", 1));
        TeaException throttled = catchThrowableOfType(TeaException.class, this::getLoginProfile);
        assertThat(throttled.getCode()).isEqualTo("Throttling.User");
        assertThat(throttled.getMessage()).contains("flow control");

        addFault(Map.of("operation", "AliyunGetLoginProfile", "effect", "error", "status", 503, "count", 1));
        assertThat(catchThrowableOfType(TeaException.class, this::getLoginProfile)
                        .getCode())
                .isEqualTo("ServiceUnavailable");

        addFault(Map.of("operation", "AliyunGetLoginProfile", "effect", "error", "status", 502, "count", 1));
        assertThat(catchThrowableOfType(TeaException.class, this::getLoginProfile)
                        .getCode())
                .isEqualTo("InternalError");
        // the faults are used up: the next call goes through
        assertThat(getLoginProfile().getBody().getLoginProfile().getUserPrincipalName())
                .startsWith(userName + "@");
    }

    @Test
    void awsThrottlingAndServerErrors() {
        IamClient aws = AwsSdk.iamWithoutRetries(
                baseUri, rootKey().accessKeyId(), rootKey().secretKey());

        addFault(Map.of("operation", "CtyunGetUser", "effect", "throttle", "count", 1));
        IamException throttled = catchThrowableOfType(IamException.class, () -> aws.getUser(b -> b.userName(userName)));
        assertThat(throttled.statusCode()).isEqualTo(400);
        assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("Throttling");
        assertThat(throttled.isThrottlingException()).isTrue();

        addFault(Map.of("operation", "CtyunGetUser", "effect", "error", "status", 502, "count", 1));
        IamException failed = catchThrowableOfType(IamException.class, () -> aws.getUser(b -> b.userName(userName)));
        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(failed.awsErrorDetails().errorCode()).isEqualTo("ServiceFailure");

        assertThat(aws.getUser(b -> b.userName(userName)).user().userName()).isEqualTo(userName);
    }

    private com.aliyun.ims20190815.models.GetLoginProfileResponse getLoginProfile() {
        try {
            return AliyunSdk.ims(
                            "127.0.0.1:" + port,
                            rootKey().accessKeyId(),
                            rootKey().secretKey())
                    .getLoginProfile(new GetLoginProfileRequest()
                            .setUserPrincipalName(userName + "@" + properties.accountName() + ".onaliyun.com"));
        } catch (TeaException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void addFault(Map<String, Object> rule) {
        control().body(rule).post("/_emulator/faults").then().statusCode(201);
    }
}
