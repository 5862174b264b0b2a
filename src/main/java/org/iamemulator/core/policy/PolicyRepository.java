package org.iamemulator.core.policy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PolicyRepository extends JpaRepository<Policy, String> {

    /** A policy the account can see: its own custom policies and the system policies. */
    @Query("select p from Policy p where p.id = :id and (p.accountId = :accountId or p.accountId is null)")
    Optional<Policy> findVisible(@Param("id") String id, @Param("accountId") String accountId);

    /** A system policy (visible in every account) by its name. */
    Optional<Policy> findByAccountIdIsNullAndName(String name);

    boolean existsByAccountIdAndPathAndName(String accountId, String path, String name);

    /** The account's custom policies (system policies have no account). */
    long countByAccountId(String accountId);

    /** A page of the visible policies by id; {@code pathLike} is a LIKE pattern with {@code !} as escape. */
    @Query("""
            select p from Policy p
            where (p.accountId = :accountId or p.accountId is null)
              and (:type is null or p.type = :type)
              and p.path like :pathLike escape '!'
              and (:afterId is null or p.id > :afterId)
              and (:onlyAttached = false
                   or exists (select a from UserPolicyAttachment a, User u
                              where a.policyId = p.id and u.id = a.userId and u.accountId = :accountId)
                   or exists (select ga from GroupPolicyAttachment ga, IamGroup g
                              where ga.policyId = p.id and g.id = ga.groupId and g.accountId = :accountId)
                   or exists (select aa from AgencyPolicyAttachment aa, Agency ag
                              where aa.policyId = p.id and ag.id = aa.agencyId and ag.accountId = :accountId))
            order by p.id""")
    List<Policy> findPage(
            @Param("accountId") String accountId,
            @Param("type") String type,
            @Param("pathLike") String pathLike,
            @Param("onlyAttached") boolean onlyAttached,
            @Param("afterId") String afterId,
            Limit limit);

    /** The default versions of the policies attached to the user directly or through its groups. */
    @Query("""
            select new org.iamemulator.core.policy.VersionRef(p.id, p.defaultVersionId) from Policy p
            where p.id in (select a.policyId from UserPolicyAttachment a where a.userId = :userId)
               or p.id in (select ga.policyId from GroupPolicyAttachment ga, GroupMember m
                           where m.userId = :userId and ga.groupId = m.groupId)
            order by p.id""")
    List<VersionRef> findEffectiveVersions(@Param("userId") String userId);

    /** The default versions of the policies attached to the agency. */
    @Query("""
            select new org.iamemulator.core.policy.VersionRef(p.id, p.defaultVersionId) from Policy p
            where p.id in (select a.policyId from AgencyPolicyAttachment a where a.agencyId = :agencyId)
            order by p.id""")
    List<VersionRef> findAgencyVersions(@Param("agencyId") String agencyId);
}
