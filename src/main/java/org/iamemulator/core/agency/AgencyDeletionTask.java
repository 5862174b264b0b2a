package org.iamemulator.core.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The deletion of a service-linked agency. The emulator deletes at once, so every task it remembers has succeeded;
 * it is kept for GetServiceLinkedAgencyDeletionStatusV5.
 */
@Entity
@Table(name = "agency_deletion_tasks")
public class AgencyDeletionTask {

    @Id
    private String id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private String agencyId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AgencyDeletionTask() {}

    AgencyDeletionTask(String id, String accountId, String agencyId, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.agencyId = agencyId;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String agencyId() {
        return agencyId;
    }
}
