package org.iamemulator.support;

import java.util.Map;

/** Users with access keys and console passwords, set up through the Huawei API, for the other dialects' tests. */
public abstract class DialectIntegrationTest extends AuthzIntegrationTest {

    /** An access key pair: the same pair signs requests of every dialect. */
    public record KeyPair(String accessKeyId, String secretKey) {}

    /** Creates an access key for the user. */
    protected KeyPair givenAccessKey(String userId) {
        Map<String, String> key = huawei().post("/v5/users/{id}/access-keys", userId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("access_key");
        return new KeyPair(key.get("access_key_id"), key.get("secret_access_key"));
    }

    /** Gives the user a console password. */
    protected void givenLoginProfile(String userId, boolean passwordResetRequired) {
        huawei().body(Map.of("password", "Passw0rd-Test", "password_reset_required", passwordResetRequired))
                .post("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(201);
    }

    /** The default account's root key pair. */
    protected KeyPair rootKey() {
        return new KeyPair(properties.root().accessKey(), properties.root().secretKey());
    }
}
