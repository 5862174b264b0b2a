package org.iamemulator.core.policy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GroupPolicyAttachmentRepository
        extends JpaRepository<GroupPolicyAttachment, GroupPolicyAttachment.Key> {

    List<GroupPolicyAttachment> findByGroupId(String groupId);

    long countByGroupId(String groupId);

    /** Attachments of the policy to groups of the account. */
    @Query("""
            select a from GroupPolicyAttachment a, IamGroup g
            where a.policyId = :policyId and g.id = a.groupId and g.accountId = :accountId""")
    List<GroupPolicyAttachment> findInAccount(@Param("policyId") String policyId, @Param("accountId") String accountId);

    @Query("""
            select count(a) from GroupPolicyAttachment a, IamGroup g
            where a.policyId = :policyId and g.id = a.groupId and g.accountId = :accountId""")
    long countInAccount(@Param("policyId") String policyId, @Param("accountId") String accountId);
}
