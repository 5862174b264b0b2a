package org.iamemulator.dialects;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ims20190815.models.GetLoginProfileRequest;
import java.util.Map;
import org.iamemulator.support.AliyunSdk;
import org.iamemulator.support.AwsSdk;
import org.iamemulator.support.DialectIntegrationTest;
import org.iamemulator.support.RawHttp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** {@code emulator.auth.mode} in the Alibaba and CTyun dialects: soft and off let through what strict refuses. */
class DialectAuthModesIT {

    @Nested
    @TestPropertySource(properties = "emulator.auth.mode=soft")
    class Soft extends DialectIntegrationTest {

        @Test
        void wrongSecretsActAsTheKeysUser() throws Exception {
            String name = uniqueName("soft");
            givenLoginProfile(givenUser(name, Map.of()), false);

            assertThat(AliyunSdk.ims("127.0.0.1:" + port, rootKey().accessKeyId(), "W".repeat(40))
                            .getLoginProfile(new GetLoginProfileRequest()
                                    .setUserPrincipalName(name + "@" + properties.accountName() + ".onaliyun.com"))
                            .getBody()
                            .getLoginProfile()
                            .getStatus())
                    .isEqualTo("Active");
            assertThat(AwsSdk.iam(baseUri, rootKey().accessKeyId(), "W".repeat(40))
                            .getUser(b -> b.userName(name))
                            .user()
                            .userName())
                    .isEqualTo(name);
        }
    }

    @Nested
    @TestPropertySource(properties = "emulator.auth.mode=off")
    class Off extends DialectIntegrationTest {

        @Test
        void anUnsignedQueryRequestActsAsTheDefaultRoot() {
            String name = uniqueName("off");
            givenUser(name, Map.of());

            var response = RawHttp.send(
                    "POST",
                    baseUri + "/",
                    Map.of("Content-Type", "application/octet-stream"),
                    "Action=GetUser&Version=2010-05-08&UserName=" + name);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("<UserName>" + name + "</UserName>");
        }
    }
}
