package org.iamemulator.core.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An issued token, stored by its SHA-256 hash. */
@Entity
@Table(name = "tokens")
class TokenRecord {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected TokenRecord() {
    }

    TokenRecord(String tokenHash, String userId, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    String userId() {
        return userId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
