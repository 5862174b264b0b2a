package org.iamemulator.core.federation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OidcProviderRepository extends JpaRepository<OidcProvider, String> {

    Optional<OidcProvider> findByIdAndAccountId(String id, String accountId);

    Optional<OidcProvider> findByAccountIdAndName(String accountId, String name);

    boolean existsByAccountIdAndName(String accountId, String name);

    long countByAccountId(String accountId);

    @Query("""
            select p from OidcProvider p
            where p.accountId = :accountId and (:afterId is null or p.id > :afterId)
            order by p.id""")
    List<OidcProvider> findPage(@Param("accountId") String accountId, @Param("afterId") String afterId, Limit limit);
}
