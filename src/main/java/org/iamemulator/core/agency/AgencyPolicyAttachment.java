package org.iamemulator.core.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An identity policy attached to an agency: what a session of the agency may do. */
@Entity
@Table(name = "agency_policy_attachments")
@IdClass(AgencyPolicyAttachment.Key.class)
public class AgencyPolicyAttachment {

    public record Key(String agencyId, String policyId) implements Serializable {}

    @Id
    @Column(name = "agency_id")
    private String agencyId;

    @Id
    @Column(name = "policy_id")
    private String policyId;

    @Column(name = "attached_at", nullable = false, updatable = false)
    private Instant attachedAt;

    protected AgencyPolicyAttachment() {}

    public AgencyPolicyAttachment(String agencyId, String policyId, Instant attachedAt) {
        this.agencyId = agencyId;
        this.policyId = policyId;
        this.attachedAt = attachedAt;
    }

    public String agencyId() {
        return agencyId;
    }

    public String policyId() {
        return policyId;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
