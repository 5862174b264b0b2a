package org.iamemulator.core.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One immutable version of a policy's document. */
@Entity
@Table(name = "policy_versions")
@IdClass(PolicyVersion.Key.class)
public class PolicyVersion {

    public record Key(String policyId, String versionId) implements Serializable {}

    @Id
    @Column(name = "policy_id")
    private String policyId;

    @Id
    @Column(name = "version_id")
    private String versionId;

    @Column(nullable = false, updatable = false)
    private String document;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PolicyVersion() {}

    PolicyVersion(String policyId, String versionId, String document, Instant createdAt) {
        this.policyId = policyId;
        this.versionId = versionId;
        this.document = document;
        this.createdAt = createdAt;
    }

    public String policyId() {
        return policyId;
    }

    public String versionId() {
        return versionId;
    }

    /** The version's number, for ordering ({@code v10} after {@code v9}). */
    public int number() {
        return Integer.parseInt(versionId.substring(1));
    }

    public String document() {
        return document;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
