package org.iamemulator.core.policy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserPolicyAttachmentRepository extends JpaRepository<UserPolicyAttachment, UserPolicyAttachment.Key> {

    List<UserPolicyAttachment> findByUserId(String userId);

    long countByUserId(String userId);

    /** Attachments of the policy to users of the account (system policies are attached in many accounts). */
    @Query("""
            select a from UserPolicyAttachment a, User u
            where a.policyId = :policyId and u.id = a.userId and u.accountId = :accountId""")
    List<UserPolicyAttachment> findInAccount(@Param("policyId") String policyId, @Param("accountId") String accountId);

    @Query("""
            select count(a) from UserPolicyAttachment a, User u
            where a.policyId = :policyId and u.id = a.userId and u.accountId = :accountId""")
    long countInAccount(@Param("policyId") String policyId, @Param("accountId") String accountId);
}
