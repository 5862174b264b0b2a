package org.iamemulator.core.credential;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordHistoryRepository extends JpaRepository<PasswordHistoryEntry, Long> {

    /** The user's previous passwords, newest first. */
    List<PasswordHistoryEntry> findByUserIdOrderByIdDesc(String userId, Limit limit);

    void deleteByUserId(String userId);
}
