package org.iamemulator.core.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iamemulator.core.Ids;
import org.iamemulator.core.Paths;
import org.iamemulator.core.account.Quotas;
import org.iamemulator.core.agency.AgencyPolicyAttachmentRepository;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.ForbiddenOperationException;
import org.iamemulator.core.error.InvalidMarkerException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.paging.SortedSlice;
import org.iamemulator.core.user.UserRules;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Identity policies and their versions: custom policies of the caller's account and the read-only system ones. */
@Service
@Transactional
public class PolicyService {

    private static final Comparator<String> VERSION_ORDER =
            Comparator.comparingInt(versionId -> Integer.parseInt(versionId.substring(1)));

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final UserPolicyAttachmentRepository userAttachments;
    private final GroupPolicyAttachmentRepository groupAttachments;
    private final AgencyPolicyAttachmentRepository agencyAttachments;
    private final EffectivePolicies effectivePolicies;
    private final PermissionCheck permissions;
    private final Quotas quotas;
    private final Clock clock;

    public PolicyService(
            PolicyRepository policies,
            PolicyVersionRepository versions,
            UserPolicyAttachmentRepository userAttachments,
            GroupPolicyAttachmentRepository groupAttachments,
            AgencyPolicyAttachmentRepository agencyAttachments,
            EffectivePolicies effectivePolicies,
            PermissionCheck permissions,
            Quotas quotas,
            Clock clock) {
        this.policies = policies;
        this.versions = versions;
        this.userAttachments = userAttachments;
        this.groupAttachments = groupAttachments;
        this.agencyAttachments = agencyAttachments;
        this.effectivePolicies = effectivePolicies;
        this.permissions = permissions;
        this.quotas = quotas;
        this.clock = clock;
    }

    public PolicyView create(Caller caller, NewPolicy request) {
        PolicyRules.checkName(request.name());
        String path = request.path() == null ? "" : request.path();
        Paths.check(path);
        PolicyRules.checkDescription(request.description());
        PolicyRules.parseDocument(request.document());
        permissions.require(
                caller,
                PolicyActions.CREATE,
                new ProtectedResource(Policy.urn(caller.accountId(), path, request.name()), Map.of(), false));
        if (policies.existsByAccountIdAndPathAndName(caller.accountId(), path, request.name())) {
            throw new ConflictException("policy", "policy name already exists: " + path + request.name());
        }
        quotas.check(Quota.POLICIES, policies.countByAccountId(caller.accountId()));
        Instant now = now();
        Policy policy = new Policy(
                Ids.random(),
                caller.accountId(),
                request.name(),
                path,
                request.description() == null ? "" : request.description(),
                now);
        String versionId = policy.nextVersionId();
        policy.makeDefault(versionId, now);
        policies.save(policy);
        versions.save(new PolicyVersion(policy.id(), versionId, request.document(), now));
        return PolicyView.of(policy, 0);
    }

    @Transactional(readOnly = true)
    public PolicyView show(Caller caller, String policyId) {
        return view(authorized(caller, policyId, PolicyActions.GET), caller.accountId());
    }

    @Transactional(readOnly = true)
    public Page<PolicyView> list(Caller caller, PolicyFilter filter, PageRequest page) {
        PolicyRules.checkTypeParameter(filter.type());
        Paths.checkPrefixParameter(filter.pathPrefix());
        permissions.require(caller, PolicyActions.LIST, wildcard(caller));
        List<Policy> rows = policies.findPage(
                caller.accountId(),
                filter.type(),
                Paths.likePrefix(filter.pathPrefix()),
                Boolean.TRUE.equals(filter.onlyAttached()),
                page.afterKey(),
                Limit.of(page.limit() + 1));
        return Page.fromLookahead(rows, page.limit(), Policy::id).map(policy -> view(policy, caller.accountId()));
    }

    /** Deletes a custom policy with all its versions; refused while it is attached to any user, group or agency. */
    public void delete(Caller caller, String policyId) {
        Policy policy = writable(authorized(caller, policyId, PolicyActions.DELETE));
        int attachments = attachmentCount(policy, caller.accountId());
        if (attachments > 0) {
            throw new ConflictException(
                    "policy", "policy is attached to " + attachments + " users, groups or agencies; detach it first");
        }
        policies.delete(policy);
        effectivePolicies.forget(policy.id(), null);
    }

    public PolicyVersionView createVersion(Caller caller, String policyId, String document, boolean setAsDefault) {
        PolicyRules.parseDocument(document);
        Policy policy = writable(authorized(caller, policyId, PolicyActions.CREATE_VERSION));
        LimitExceededException.check(Quota.VERSIONS_PER_POLICY, versions.countByPolicyId(policy.id()));
        Instant now = now();
        PolicyVersion version = versions.save(new PolicyVersion(policy.id(), policy.nextVersionId(), document, now));
        if (setAsDefault) {
            policy.makeDefault(version.versionId(), now);
        }
        return PolicyVersionView.of(version, policy);
    }

    @Transactional(readOnly = true)
    public PolicyVersionView showVersion(Caller caller, String policyId, String versionId) {
        PolicyRules.checkVersionIdParameter(versionId);
        Policy policy = authorized(caller, policyId, PolicyActions.GET_VERSION);
        return PolicyVersionView.of(version(policy, versionId), policy);
    }

    @Transactional(readOnly = true)
    public Page<PolicyVersionView> listVersions(Caller caller, String policyId, PageRequest page) {
        Policy policy = authorized(caller, policyId, PolicyActions.LIST_VERSIONS);
        if (page.afterKey() != null && !PolicyRules.isVersionId(page.afterKey())) {
            throw new InvalidMarkerException();
        }
        List<PolicyVersion> all = versions.findByPolicyId(policy.id()).stream()
                .sorted(Comparator.comparingInt(PolicyVersion::number))
                .toList();
        return SortedSlice.page(all, page, PolicyVersion::versionId, VERSION_ORDER)
                .map(version -> PolicyVersionView.of(version, policy));
    }

    /** Deletes a version other than the default one. */
    public void deleteVersion(Caller caller, String policyId, String versionId) {
        PolicyRules.checkVersionIdParameter(versionId);
        Policy policy = writable(authorized(caller, policyId, PolicyActions.DELETE_VERSION));
        PolicyVersion version = version(policy, versionId);
        if (versionId.equals(policy.defaultVersionId())) {
            throw new ConflictException(
                    "policy version", "the default version cannot be deleted; make another version the default first");
        }
        versions.delete(version);
        effectivePolicies.forget(policy.id(), versionId);
    }

    public void setDefaultVersion(Caller caller, String policyId, String versionId) {
        PolicyRules.checkVersionIdParameter(versionId);
        Policy policy = writable(authorized(caller, policyId, PolicyActions.SET_DEFAULT_VERSION));
        policy.makeDefault(version(policy, versionId).versionId(), now());
    }

    /** Loads a policy the caller's account can see and checks the action on it (see {@link PermissionCheck}). */
    public Policy authorized(Caller caller, String policyId, String action) {
        return authorized(caller, policyId, action, Map.of());
    }

    Policy authorized(Caller caller, String policyId, String action, Map<String, List<String>> extra) {
        UserRules.checkIdParameter("policy_id", policyId);
        Optional<Policy> policy = policies.findVisible(policyId, caller.accountId());
        return permissions.requireFound(
                caller,
                action,
                policy,
                found -> new ProtectedResource(found.urn(), Map.of(), false),
                wildcard(caller).urn(),
                () -> new NotFoundException("policy", policyId),
                extra);
    }

    private PolicyView view(Policy policy, String accountId) {
        return PolicyView.of(policy, attachmentCount(policy, accountId));
    }

    private int attachmentCount(Policy policy, String accountId) {
        return (int) (userAttachments.countInAccount(policy.id(), accountId)
                + groupAttachments.countInAccount(policy.id(), accountId)
                + agencyAttachments.countInAccount(policy.id(), accountId));
    }

    private PolicyVersion version(Policy policy, String versionId) {
        return versions.findById(new PolicyVersion.Key(policy.id(), versionId))
                .orElseThrow(() -> new NotFoundException("policy version", policy.id() + "/" + versionId));
    }

    private static Policy writable(Policy policy) {
        if (policy.system()) {
            throw new ForbiddenOperationException("system policies are read-only");
        }
        return policy;
    }

    private static ProtectedResource wildcard(Caller caller) {
        return new ProtectedResource(Policy.urn(caller.accountId(), "", "*"), Map.of(), false);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
