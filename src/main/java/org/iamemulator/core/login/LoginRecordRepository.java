package org.iamemulator.core.login;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoginRecordRepository extends JpaRepository<LoginRecord, Long> {

    Optional<LoginRecord> findFirstByUserIdOrderByLoginAtDescIdDesc(String userId);
}
