package org.iamemulator.core.security;

import java.util.Map;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's password, login and token policies: shown and changed by the API (a change names only the fields
 * it changes), and read without a caller by the operations that enforce them (password changes, password login).
 * An account that never changed a policy has the defaults; the first change stores all three.
 */
@Service
@Transactional
public class SecurityPolicyService {

    /** The actions have no resource type: policies name them with {@code "Resource": "*"} or none. */
    private static final ProtectedResource ACCOUNT = new ProtectedResource(null, Map.of(), false);

    private final AccountSecurityPoliciesRepository policies;
    private final PermissionCheck permissions;

    public SecurityPolicyService(AccountSecurityPoliciesRepository policies, PermissionCheck permissions) {
        this.policies = policies;
        this.permissions = permissions;
    }

    @Transactional(readOnly = true)
    public PasswordPolicy showPasswordPolicy(Caller caller) {
        permissions.require(caller, SecurityPolicyActions.GET_PASSWORD_POLICY, ACCOUNT);
        return passwordPolicy(caller.accountId());
    }

    public PasswordPolicy updatePasswordPolicy(Caller caller, PasswordPolicyChange change) {
        PasswordPolicy changed = SecurityPolicyRules.changed(passwordPolicy(caller.accountId()), change);
        permissions.require(caller, SecurityPolicyActions.UPDATE_PASSWORD_POLICY, ACCOUNT);
        stored(caller.accountId()).setPasswordPolicy(changed);
        return changed;
    }

    @Transactional(readOnly = true)
    public LoginPolicy showLoginPolicy(Caller caller) {
        permissions.require(caller, SecurityPolicyActions.GET_LOGIN_POLICY, ACCOUNT);
        return loginPolicy(caller.accountId());
    }

    public LoginPolicy updateLoginPolicy(Caller caller, LoginPolicyChange change) {
        LoginPolicy changed = SecurityPolicyRules.changed(loginPolicy(caller.accountId()), change);
        permissions.require(caller, SecurityPolicyActions.UPDATE_LOGIN_POLICY, ACCOUNT);
        stored(caller.accountId()).setLoginPolicy(changed);
        return changed;
    }

    /** Whether password logins of the account's IAM users get tokens. */
    @Transactional(readOnly = true)
    public boolean showTokenPolicy(Caller caller) {
        permissions.require(caller, SecurityPolicyActions.GET_TOKEN_POLICY, ACCOUNT);
        return tokenEnabled(caller.accountId());
    }

    /** {@code tokenEnabled} null changes nothing. */
    public boolean updateTokenPolicy(Caller caller, Boolean tokenEnabled) {
        permissions.require(caller, SecurityPolicyActions.UPDATE_TOKEN_POLICY, ACCOUNT);
        if (tokenEnabled == null) {
            return tokenEnabled(caller.accountId());
        }
        stored(caller.accountId()).setTokenEnabled(tokenEnabled);
        return tokenEnabled;
    }

    /** The account's password policy, for the operations that enforce it: no permission check. */
    @Transactional(readOnly = true)
    public PasswordPolicy passwordPolicy(String accountId) {
        return policies.findById(accountId)
                .map(AccountSecurityPolicies::passwordPolicy)
                .orElse(PasswordPolicy.DEFAULTS);
    }

    /** The account's login policy, for password login: no permission check. */
    @Transactional(readOnly = true)
    public LoginPolicy loginPolicy(String accountId) {
        return policies.findById(accountId)
                .map(AccountSecurityPolicies::loginPolicy)
                .orElse(LoginPolicy.DEFAULTS);
    }

    /** The account's token policy, for password login: no permission check. */
    @Transactional(readOnly = true)
    public boolean tokenEnabled(String accountId) {
        return policies.findById(accountId)
                .map(AccountSecurityPolicies::tokenEnabled)
                .orElse(true);
    }

    private AccountSecurityPolicies stored(String accountId) {
        return policies.findById(accountId).orElseGet(() -> policies.save(new AccountSecurityPolicies(accountId)));
    }
}
