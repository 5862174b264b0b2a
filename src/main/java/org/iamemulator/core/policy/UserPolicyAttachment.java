package org.iamemulator.core.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A policy attached directly to a user. */
@Entity
@Table(name = "user_policy_attachments")
@IdClass(UserPolicyAttachment.Key.class)
public class UserPolicyAttachment {

    public record Key(String userId, String policyId) implements Serializable {}

    @Id
    @Column(name = "user_id")
    private String userId;

    @Id
    @Column(name = "policy_id")
    private String policyId;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    protected UserPolicyAttachment() {}

    UserPolicyAttachment(String userId, String policyId, Instant attachedAt) {
        this.userId = userId;
        this.policyId = policyId;
        this.attachedAt = attachedAt;
    }

    public String userId() {
        return userId;
    }

    public String policyId() {
        return policyId;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
