package org.iamemulator.core.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's console password: only its hash is stored. */
@Entity
@Table(name = "login_profiles")
public class LoginProfile {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_reset_required", nullable = false)
    private boolean passwordResetRequired;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The last change of password or reset flag; null for profiles stored before it was recorded. */
    @Column(name = "updated_at")
    private Instant updatedAt;

    /** When the password itself last changed; null for profiles stored before it was recorded. */
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    protected LoginProfile() {}

    LoginProfile(String userId, String passwordHash, boolean passwordResetRequired, Instant createdAt) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.passwordResetRequired = passwordResetRequired;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.passwordChangedAt = createdAt;
    }

    public String userId() {
        return userId;
    }

    String passwordHash() {
        return passwordHash;
    }

    public boolean passwordResetRequired() {
        return passwordResetRequired;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the password or the reset flag last changed (the creation time until then). */
    public Instant updatedAt() {
        return updatedAt != null ? updatedAt : createdAt;
    }

    /** When the password was last set (the last change of the profile for profiles stored before it was recorded). */
    public Instant passwordChangedAt() {
        return passwordChangedAt != null ? passwordChangedAt : updatedAt();
    }

    void changePassword(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = at;
    }

    void setPasswordResetRequired(boolean passwordResetRequired) {
        this.passwordResetRequired = passwordResetRequired;
    }

    void touch(Instant at) {
        this.updatedAt = at;
    }
}
