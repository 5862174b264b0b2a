package org.iamemulator.junit5;

import com.huaweicloud.sdk.iam.v5.IamClient;
import java.util.Map;

/**
 * An account of the emulator (a Huawei "domain") with its root credentials: the default one
 * ({@link IamEmulator#accountId()} …) or one of its own for a test class ({@link IamEmulator#newAccount()}).
 */
public final class IamAccount {

    private final String endpoint;
    private final String accountId;
    private final String accountName;
    private final String rootAccessKey;
    private final String rootSecretKey;

    IamAccount(String endpoint, String accountId, String accountName, String rootAccessKey, String rootSecretKey) {
        this.endpoint = endpoint;
        this.accountId = accountId;
        this.accountName = accountName;
        this.rootAccessKey = rootAccessKey;
        this.rootSecretKey = rootSecretKey;
    }

    /**
     * From the control API's answer ({@code account_id}, {@code account_name}, {@code root_access_key}); the secret
     * comes separately, since the configuration the control API shows masks it.
     */
    static IamAccount of(String endpoint, Map<String, String> answer, String rootSecretKey) {
        if (rootSecretKey == null) {
            throw new IllegalStateException("The emulator's answer has no root_secret_key: " + answer);
        }
        return new IamAccount(
                endpoint,
                required(answer, "account_id"),
                required(answer, "account_name"),
                required(answer, "root_access_key"),
                rootSecretKey);
    }

    /** 32 lower-case hex characters. */
    public String accountId() {
        return accountId;
    }

    public String accountName() {
        return accountName;
    }

    public String rootAccessKey() {
        return rootAccessKey;
    }

    public String rootSecretKey() {
        return rootSecretKey;
    }

    /** The official Huawei Cloud SDK's v5 IAM client, signed with this account's root access key. */
    public IamClient iamClient() {
        return iamClient(rootAccessKey, rootSecretKey);
    }

    /** The official SDK's client signed with another key pair of this account (an IAM user's). */
    public IamClient iamClient(String accessKey, String secretKey) {
        try {
            return HuaweiSdk.iamClient(endpoint, accountId, accessKey, secretKey);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "iamClient() needs the official SDK on the test class path: add "
                            + "com.huaweicloud.sdk:huaweicloud-sdk-iam (3.1.x) to the test dependencies",
                    e);
        }
    }

    private static String required(Map<String, String> answer, String name) {
        String value = answer.get(name);
        if (value == null) {
            throw new IllegalStateException("The emulator's answer has no " + name + ": " + answer);
        }
        return value;
    }
}
