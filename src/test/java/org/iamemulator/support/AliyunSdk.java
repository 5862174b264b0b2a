package org.iamemulator.support;

import com.aliyun.teaopenapi.models.Config;

/** The official Alibaba Cloud IMS Java SDK (2.0.1), configured as the README tells users to point it at the emulator. */
public final class AliyunSdk {

    private AliyunSdk() {}

    public static com.aliyun.ims20190815.Client ims(String endpoint, String accessKeyId, String secret) {
        try {
            return new com.aliyun.ims20190815.Client(new Config()
                    .setAccessKeyId(accessKeyId)
                    .setAccessKeySecret(secret)
                    .setEndpoint(endpoint)
                    .setProtocol("http"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
