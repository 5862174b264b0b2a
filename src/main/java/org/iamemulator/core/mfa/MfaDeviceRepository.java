package org.iamemulator.core.mfa;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MfaDeviceRepository extends JpaRepository<MfaDevice, String> {

    Optional<MfaDevice> findByAccountIdAndName(String accountId, String name);

    boolean existsByAccountIdAndName(String accountId, String name);

    boolean existsByUserId(String userId);

    Optional<MfaDevice> findByUserIdAndEnabledTrue(String userId);

    long countByUserIdAndEnabledTrue(String userId);

    /** A page of the account's devices by id, optionally only the one of {@code userId}. */
    @Query("""
            select d from MfaDevice d
            where d.accountId = :accountId
              and (:afterId is null or d.id > :afterId)
              and (:userId is null or d.userId = :userId)
            order by d.id""")
    List<MfaDevice> findPage(
            @Param("accountId") String accountId,
            @Param("userId") String userId,
            @Param("afterId") String afterId,
            Limit limit);
}
