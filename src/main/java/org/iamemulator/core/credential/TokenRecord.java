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

    /** When the login gave a valid one-time code; null for a password-only login. */
    @Column(name = "mfa_authenticated_at", updatable = false)
    private Instant mfaAuthenticatedAt;

    protected TokenRecord() {}

    TokenRecord(String tokenHash, String userId, Instant issuedAt, Instant expiresAt, Instant mfaAuthenticatedAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.mfaAuthenticatedAt = mfaAuthenticatedAt;
    }

    String userId() {
        return userId;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant mfaAuthenticatedAt() {
        return mfaAuthenticatedAt;
    }
}
