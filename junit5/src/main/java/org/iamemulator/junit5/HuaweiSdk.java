package org.iamemulator.junit5;

import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iam.v5.IamClient;
import java.util.List;

/** The only class that touches the official SDK, an optional dependency: loaded when a test asks for a client. */
final class HuaweiSdk {

    private HuaweiSdk() {}

    /** Setting the domain id saves the SDK a look-up round trip per client. */
    static IamClient iamClient(String endpoint, String accountId, String accessKey, String secretKey) {
        return IamClient.newBuilder()
                .withCredential(new GlobalCredentials()
                        .withAk(accessKey)
                        .withSk(secretKey)
                        .withDomainId(accountId))
                .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                .withEndpoints(List.of(endpoint))
                .build();
    }
}
