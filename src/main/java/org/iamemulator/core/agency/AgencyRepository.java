package org.iamemulator.core.agency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgencyRepository extends JpaRepository<Agency, String> {

    Optional<Agency> findByIdAndAccountId(String id, String accountId);

    boolean existsByAccountIdAndNameKey(String accountId, String nameKey);

    Optional<Agency> findByAccountIdAndNameKey(String accountId, String nameKey);

    long countByAccountId(String accountId);

    /** A page of the account's agencies by id; {@code pathLike} is a LIKE pattern with {@code !} as escape. */
    @Query("""
            select a from Agency a
            where a.accountId = :accountId
              and a.path like :pathLike escape '!'
              and (:afterId is null or a.id > :afterId)
            order by a.id""")
    List<Agency> findPage(
            @Param("accountId") String accountId,
            @Param("pathLike") String pathLike,
            @Param("afterId") String afterId,
            Limit limit);
}
