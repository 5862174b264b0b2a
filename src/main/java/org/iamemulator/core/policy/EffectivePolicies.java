package org.iamemulator.core.policy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.iamemulator.core.cache.StoreChange;
import org.iamemulator.core.cache.StoreChangeListener;
import org.iamemulator.core.cache.VersionedCache;
import org.iamemulator.policyengine.AttachedPolicy;
import org.iamemulator.policyengine.PolicyDocument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policies that apply to a user, compiled. A version's document never changes and version ids are never
 * reused, so compiled documents are cached by (policy id, version id) and no JSON is parsed per request. The list
 * per user is cached too and follows committed changes of attachments, memberships and default versions
 * (StoreChanges).
 */
@Component
public class EffectivePolicies implements StoreChangeListener {

    private final PolicyRepository policies;
    private final PolicyVersionRepository versions;
    private final ConcurrentMap<VersionRef, PolicyDocument> compiled = new ConcurrentHashMap<>();
    private final VersionedCache<String, List<AttachedPolicy>> perUser;
    private final TransactionTemplate readOnly;

    public EffectivePolicies(
            PolicyRepository policies,
            PolicyVersionRepository versions,
            VersionedCache.CacheSettings cacheSettings,
            PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.policies = policies;
        this.versions = versions;
        this.perUser = new VersionedCache<>(cacheSettings);
    }

    /** The default versions of the user's own policies and of its groups' policies, in policy id order. */
    public List<AttachedPolicy> ofUser(String userId) {
        return perUser.get(userId, id -> readOnly.execute(status -> load(id)));
    }

    /**
     * The default versions of the policies attached to the agency, for its sessions. The list is read on every
     * request of a session (one query); the documents come from the compiled cache.
     */
    public List<AttachedPolicy> ofAgency(String agencyId) {
        return readOnly.execute(status -> attached(policies.findAgencyVersions(agencyId)));
    }

    /**
     * The default versions of the given policies (the account's custom policies and system policies), compiled, in
     * the given order; a policy deleted since is left out. Not cached: session policies are few.
     */
    public List<AttachedPolicy> ofPolicies(String accountId, List<String> policyIds) {
        return readOnly.execute(status -> attached(policyIds.stream()
                .flatMap(id -> policies.findVisible(id, accountId).stream())
                .map(policy -> new VersionRef(policy.id(), policy.defaultVersionId()))
                .toList()));
    }

    @Override
    public void onChange(StoreChange change) {
        switch (change.kind()) {
            case USER, USER_POLICIES -> perUser.invalidate(change.id());
            case ALL_POLICIES, ALL -> perUser.invalidateAll();
            default -> {}
        }
    }

    private List<AttachedPolicy> load(String userId) {
        return attached(policies.findEffectiveVersions(userId));
    }

    private List<AttachedPolicy> attached(List<VersionRef> refs) {
        return refs.stream()
                .map(ref -> new AttachedPolicy(ref.policyId(), ref.versionId(), compiled(ref)))
                .toList();
    }

    private PolicyDocument compiled(VersionRef ref) {
        return compiled.computeIfAbsent(
                ref,
                key -> PolicyDocument.parse(versions.findById(new PolicyVersion.Key(key.policyId(), key.versionId()))
                        .orElseThrow(() -> new IllegalStateException("default version missing: " + key))
                        .document()));
    }

    /** Drops cached documents of a deleted version or policy ({@code versionId} null: every version). */
    void forget(String policyId, String versionId) {
        compiled.keySet()
                .removeIf(ref -> ref.policyId().equals(policyId)
                        && (versionId == null || ref.versionId().equals(versionId)));
    }
}
