package org.iamemulator.core.credential;

import java.time.Instant;

/** An access key as the APIs show it: the secret only in the answer to its creation, null otherwise. */
public record AccessKeyView(
        String userId, String accessKeyId, Instant createdAt, AccessKeyStatus status, String secretKey) {

    static AccessKeyView metadata(AccessKey key) {
        return new AccessKeyView(key.userId(), key.accessKeyId(), key.createdAt(), key.status(), null);
    }

    static AccessKeyView withSecret(AccessKey key) {
        return new AccessKeyView(key.userId(), key.accessKeyId(), key.createdAt(), key.status(), key.secretKey());
    }
}
