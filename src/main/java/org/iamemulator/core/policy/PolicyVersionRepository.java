package org.iamemulator.core.policy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PolicyVersionRepository extends JpaRepository<PolicyVersion, PolicyVersion.Key> {

    List<PolicyVersion> findByPolicyId(String policyId);

    long countByPolicyId(String policyId);
}
