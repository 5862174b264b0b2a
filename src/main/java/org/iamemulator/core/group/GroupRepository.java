package org.iamemulator.core.group;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GroupRepository extends JpaRepository<Group, String> {

    Optional<Group> findByIdAndAccountId(String id, String accountId);

    boolean existsByAccountIdAndNameKey(String accountId, String nameKey);

    long countByAccountId(String accountId);

    /** A page of the account's groups by id, optionally only those {@code userId} belongs to. */
    @Query("""
            select g from IamGroup g
            where g.accountId = :accountId
              and (:afterId is null or g.id > :afterId)
              and (:userId is null or exists
                   (select m from GroupMember m where m.groupId = g.id and m.userId = :userId))
            order by g.id""")
    List<Group> findPage(
            @Param("accountId") String accountId,
            @Param("userId") String userId,
            @Param("afterId") String afterId,
            Limit limit);
}
