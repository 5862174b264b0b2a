package org.iamemulator.core.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A permanent access key pair (AK/SK) of a user. The secret is returned once, when the key is created. */
@Entity
@Table(name = "access_keys")
public class AccessKey {

    @Id
    @Column(name = "access_key_id")
    private String accessKeyId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;

    @Column(name = "secret_key", nullable = false)
    @Convert(converter = SecretConverter.class)
    private String secretKey;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected AccessKey() {}

    AccessKey(String accessKeyId, String userId, String accountId, String secretKey, Instant createdAt) {
        this.accessKeyId = accessKeyId;
        this.userId = userId;
        this.accountId = accountId;
        this.secretKey = secretKey;
        this.status = AccessKeyStatus.ACTIVE.wireName();
        this.createdAt = createdAt;
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    public String userId() {
        return userId;
    }

    public String accountId() {
        return accountId;
    }

    String secretKey() {
        return secretKey;
    }

    public AccessKeyStatus status() {
        return AccessKeyStatus.fromWireName(status);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    void setStatus(AccessKeyStatus status) {
        this.status = status.wireName();
    }

    void replaceSecret(String secretKey) {
        this.secretKey = secretKey;
    }
}
