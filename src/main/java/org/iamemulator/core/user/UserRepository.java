package org.iamemulator.core.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends JpaRepository<User, String> {

    Optional<User> findByIdAndAccountId(String id, String accountId);

    Optional<User> findByAccountIdAndNameKey(String accountId, String nameKey);

    Optional<User> findByAccountIdAndRootUserTrue(String accountId);

    boolean existsByAccountIdAndNameKey(String accountId, String nameKey);

    /** The account's users, its root user included. */
    long countByAccountId(String accountId);

    List<User> findByAccountIdOrderById(String accountId, Limit limit);

    List<User> findByAccountIdAndIdGreaterThanOrderById(String accountId, String afterId, Limit limit);

    /** A page of the group's members by id. */
    @Query("""
            select u from User u, GroupMember m
            where m.groupId = :groupId and u.id = m.userId and u.accountId = :accountId
              and (:afterId is null or u.id > :afterId)
            order by u.id""")
    List<User> findGroupMembers(
            @Param("accountId") String accountId,
            @Param("groupId") String groupId,
            @Param("afterId") String afterId,
            Limit limit);
}
