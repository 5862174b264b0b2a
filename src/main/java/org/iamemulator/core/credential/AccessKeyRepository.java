package org.iamemulator.core.credential;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccessKeyRepository extends JpaRepository<AccessKey, String> {

    long countByUserId(String userId);

    List<AccessKey> findByUserIdOrderByAccessKeyId(String userId, Limit limit);

    List<AccessKey> findByUserIdAndAccessKeyIdGreaterThanOrderByAccessKeyId(String userId, String after, Limit limit);

    /** Moves last-used forward, skipping the write when it was updated within the last second. */
    @Modifying
    @Query("update AccessKey k set k.lastUsedAt = :now where k.accessKeyId = :id "
            + "and (k.lastUsedAt is null or k.lastUsedAt < :staleBefore)")
    int touch(String id, Instant now, Instant staleBefore);
}
