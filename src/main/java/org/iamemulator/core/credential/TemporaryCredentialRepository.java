package org.iamemulator.core.credential;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TemporaryCredentialRepository extends JpaRepository<TemporaryCredential, String> {

    @Modifying
    @Query("delete from TemporaryCredential c where c.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
