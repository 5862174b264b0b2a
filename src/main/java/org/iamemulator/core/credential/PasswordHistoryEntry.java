package org.iamemulator.core.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The hash of a password a user had before: what the password policy's reuse prevention compares against. */
@Entity
@Table(name = "password_history")
class PasswordHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(name = "password_hash", nullable = false, updatable = false)
    private String passwordHash;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    protected PasswordHistoryEntry() {}

    PasswordHistoryEntry(String accountId, String userId, String passwordHash, Instant replacedAt) {
        this.accountId = accountId;
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.replacedAt = replacedAt;
    }

    Long id() {
        return id;
    }

    String userId() {
        return userId;
    }

    String passwordHash() {
        return passwordHash;
    }
}
