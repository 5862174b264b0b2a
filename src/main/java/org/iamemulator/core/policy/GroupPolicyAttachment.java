package org.iamemulator.core.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A policy attached to a group, and so to all its members. */
@Entity
@Table(name = "group_policy_attachments")
@IdClass(GroupPolicyAttachment.Key.class)
public class GroupPolicyAttachment {

    public record Key(String groupId, String policyId) implements Serializable {}

    @Id
    @Column(name = "group_id")
    private String groupId;

    @Id
    @Column(name = "policy_id")
    private String policyId;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    protected GroupPolicyAttachment() {}

    GroupPolicyAttachment(String groupId, String policyId, Instant attachedAt) {
        this.groupId = groupId;
        this.policyId = policyId;
        this.attachedAt = attachedAt;
    }

    public String groupId() {
        return groupId;
    }

    public String policyId() {
        return policyId;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
