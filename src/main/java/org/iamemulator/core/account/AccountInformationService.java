package org.iamemulator.core.account;

import java.util.Map;
import org.iamemulator.core.agency.AgencyRepository;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.group.GroupRepository;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.mfa.MfaService;
import org.iamemulator.core.policy.PolicyRepository;
import org.iamemulator.core.user.UserRepository;
import org.iamemulator.policyengine.PolicyDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an account can learn about itself: its entity counts and quotas, its feature states, its switches. */
@Service
@Transactional
public class AccountInformationService {

    /** The features GetFeatureStatusV5 knows and their state here: the v5 console APIs are what this emulates. */
    private static final Map<String, String> FEATURES = Map.of("v5_console", "on", "access_analyzer", "off");

    private static final ProtectedResource NO_RESOURCE = new ProtectedResource(null, Map.of(), false);

    private final AccountRepository accounts;
    private final UserRepository users;
    private final GroupRepository groups;
    private final PolicyRepository policies;
    private final AgencyRepository agencies;
    private final MfaService mfa;
    private final PermissionCheck permissions;
    private final Quotas quotas;

    public AccountInformationService(
            AccountRepository accounts,
            UserRepository users,
            GroupRepository groups,
            PolicyRepository policies,
            AgencyRepository agencies,
            MfaService mfa,
            PermissionCheck permissions,
            Quotas quotas) {
        this.accounts = accounts;
        this.users = users;
        this.groups = groups;
        this.policies = policies;
        this.agencies = agencies;
        this.mfa = mfa;
        this.permissions = permissions;
        this.quotas = quotas;
    }

    @Transactional(readOnly = true)
    public AccountSummary summary(Caller caller) {
        permissions.require(caller, AccountActions.GET_SUMMARY, NO_RESOURCE);
        String accountId = caller.accountId();
        long rootUserMfaDevices = mfa.enabledDevicesOfRoot(accountId);
        return new AccountSummary(
                users.countByAccountId(accountId),
                quotas.limit(Quota.USERS),
                groups.countByAccountId(accountId),
                quotas.limit(Quota.GROUPS),
                policies.countByAccountId(accountId),
                quotas.limit(Quota.POLICIES),
                agencies.countByAccountId(accountId),
                quotas.limit(Quota.AGENCIES_PER_ACCOUNT),
                quotas.limit(Quota.POLICIES_PER_USER),
                quotas.limit(Quota.POLICIES_PER_GROUP),
                quotas.limit(Quota.POLICIES_PER_AGENCY),
                quotas.limit(Quota.VERSIONS_PER_POLICY),
                PolicyDocument.MAX_BYTES,
                rootUserMfaDevices);
    }

    /** The state of a feature: {@code on} or {@code off}. Needs no permission. */
    public String featureStatus(String featureName) {
        String status = FEATURES.get(featureName);
        if (status == null) {
            throw InvalidInputException.parameter("feature_name", "v5_console or access_analyzer");
        }
        return status;
    }

    @Transactional(readOnly = true)
    public boolean asymmetricSignature(Caller caller) {
        permissions.require(caller, AccountActions.GET_ASYMMETRIC_SIGNATURE_SWITCH, NO_RESOURCE);
        return account(caller).asymmetricSignature();
    }

    public void setAsymmetricSignature(Caller caller, Boolean enabled) {
        if (enabled == null) {
            throw InvalidInputException.missingField("asymmetric_signature_switch");
        }
        permissions.require(caller, AccountActions.SET_ASYMMETRIC_SIGNATURE_SWITCH, NO_RESOURCE);
        account(caller).asymmetricSignature(enabled);
    }

    private Account account(Caller caller) {
        return accounts.findById(caller.accountId())
                .orElseThrow(() -> new IllegalStateException("caller of a missing account: " + caller.accountId()));
    }
}
