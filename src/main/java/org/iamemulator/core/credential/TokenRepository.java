package org.iamemulator.core.credential;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TokenRepository extends JpaRepository<TokenRecord, String> {

    @Modifying
    @Query("delete from TokenRecord t where t.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
