package org.iamemulator.core.agency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgencyPolicyAttachmentRepository
        extends JpaRepository<AgencyPolicyAttachment, AgencyPolicyAttachment.Key> {

    List<AgencyPolicyAttachment> findByAgencyId(String agencyId);

    long countByAgencyId(String agencyId);

    /** Attachments of the policy to agencies of the account. */
    @Query("""
            select a from AgencyPolicyAttachment a, Agency g
            where a.policyId = :policyId and g.id = a.agencyId and g.accountId = :accountId""")
    List<AgencyPolicyAttachment> findInAccount(
            @Param("policyId") String policyId, @Param("accountId") String accountId);

    @Query("""
            select count(a) from AgencyPolicyAttachment a, Agency g
            where a.policyId = :policyId and g.id = a.agencyId and g.accountId = :accountId""")
    long countInAccount(@Param("policyId") String policyId, @Param("accountId") String accountId);
}
