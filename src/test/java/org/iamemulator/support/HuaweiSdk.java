package org.iamemulator.support;

import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iam.v5.IamClient;
import java.util.List;

/** The official Huawei Cloud Java SDK, configured the way the README tells users to point it at the emulator. */
public final class HuaweiSdk {

    private HuaweiSdk() {
    }

    public static IamClient iamClient(String endpoint, String accessKey, String secretKey, String accountId) {
        GlobalCredentials credentials = new GlobalCredentials()
                .withAk(accessKey)
                .withSk(secretKey)
                .withDomainId(accountId);
        return IamClient.newBuilder()
                .withCredential(credentials)
                .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                .withEndpoints(List.of(endpoint))
                .build();
    }
}
