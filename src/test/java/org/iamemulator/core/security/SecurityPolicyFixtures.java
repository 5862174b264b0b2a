package org.iamemulator.core.security;

import java.util.Map;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.support.FakeRepository;

/** Account security policies in memory, for unit tests of the services that read or change them. */
public final class SecurityPolicyFixtures {

    public final FakeRepository<AccountSecurityPolicies, String> rows =
            new FakeRepository<>(AccountSecurityPolicies::accountId);

    public SecurityPolicyService service(PermissionCheck permissions) {
        return new SecurityPolicyService(rows.as(AccountSecurityPoliciesRepository.class, Map.of()), permissions);
    }
}
