package org.iamemulator.support;

import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iam.v5.IamClient;
import java.util.List;

/** The official Huawei Cloud Java SDK, configured the way the README tells users to point it at the emulator. */
public final class HuaweiSdk {

    private HuaweiSdk() {}

    public static IamClient iamClient(String endpoint, String accessKey, String secretKey, String accountId) {
        return iamClient(endpoint, accessKey, secretKey, null, accountId);
    }

    /** A client signing with temporary credentials: {@code X-Security-Token} is added and signed by the SDK. */
    public static IamClient iamClient(
            String endpoint, String accessKey, String secretKey, String securityToken, String accountId) {
        GlobalCredentials credentials = new GlobalCredentials()
                .withAk(accessKey)
                .withSk(secretKey)
                .withSecurityToken(securityToken)
                .withDomainId(accountId);
        return IamClient.newBuilder()
                .withCredential(credentials)
                .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                .withEndpoints(List.of(endpoint))
                .build();
    }
}
