package org.iamemulator.core.agency;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgencyDeletionTaskRepository extends JpaRepository<AgencyDeletionTask, String> {

    Optional<AgencyDeletionTask> findByIdAndAccountId(String id, String accountId);
}
