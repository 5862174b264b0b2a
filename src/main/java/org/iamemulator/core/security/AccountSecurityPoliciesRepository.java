package org.iamemulator.core.security;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountSecurityPoliciesRepository extends JpaRepository<AccountSecurityPolicies, String> {}
