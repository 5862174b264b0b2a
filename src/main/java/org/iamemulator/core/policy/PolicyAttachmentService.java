package org.iamemulator.core.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iamemulator.core.agency.AgencyActions;
import org.iamemulator.core.agency.AgencyPolicyAttachment;
import org.iamemulator.core.agency.AgencyPolicyAttachmentRepository;
import org.iamemulator.core.agency.AgencyService;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.group.GroupActions;
import org.iamemulator.core.group.GroupService;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.paging.SortedSlice;
import org.iamemulator.core.user.UserAccess;
import org.iamemulator.core.user.UserActions;
import org.iamemulator.core.user.UserRules;
import org.iamemulator.policyengine.ConditionKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaching policies to users, groups and agencies, the same way for each (a {@link Holder} says what differs). The
 * permission is asked on the user, group or agency, with the policy's URN as {@code iam:PolicyURN}, as the real
 * service documents it.
 */
@Service
@Transactional
public class PolicyAttachmentService {

    private final PolicyRepository policies;
    private final UserPolicyAttachmentRepository userAttachments;
    private final GroupPolicyAttachmentRepository groupAttachments;
    private final AgencyPolicyAttachmentRepository agencyAttachments;
    private final PolicyService policyService;
    private final Clock clock;
    private final Holder users;
    private final Holder groups;
    private final Holder agencies;

    public PolicyAttachmentService(
            PolicyRepository policies,
            UserPolicyAttachmentRepository userAttachments,
            GroupPolicyAttachmentRepository groupAttachments,
            AgencyPolicyAttachmentRepository agencyAttachments,
            UserAccess users,
            GroupService groups,
            AgencyService agencies,
            PolicyService policyService,
            Clock clock) {
        this.policies = policies;
        this.userAttachments = userAttachments;
        this.groupAttachments = groupAttachments;
        this.agencyAttachments = agencyAttachments;
        this.policyService = policyService;
        this.clock = clock;
        this.users = new Holder(
                "user_id",
                UserActions.ATTACH_POLICY,
                UserActions.DETACH_POLICY,
                UserActions.LIST_ATTACHED_POLICIES,
                Quota.POLICIES_PER_USER,
                (caller, id, action, condition) ->
                        users.authorize(caller, id, action, condition).id(),
                (id, policy) -> userAttachments.existsById(new UserPolicyAttachment.Key(id, policy)),
                userAttachments::countByUserId,
                (id, policy) -> userAttachments.save(new UserPolicyAttachment(id, policy, now())),
                (id, policy) -> userAttachments.deleteById(new UserPolicyAttachment.Key(id, policy)),
                id -> userAttachments.findByUserId(id).stream().map(a -> new Attachment(a.policyId(), a.attachedAt())));
        this.groups = new Holder(
                "group_id",
                GroupActions.ATTACH_POLICY,
                GroupActions.DETACH_POLICY,
                GroupActions.LIST_ATTACHED_POLICIES,
                Quota.POLICIES_PER_GROUP,
                (caller, id, action, condition) ->
                        groups.authorized(caller, id, action, condition).id(),
                (id, policy) -> groupAttachments.existsById(new GroupPolicyAttachment.Key(id, policy)),
                groupAttachments::countByGroupId,
                (id, policy) -> groupAttachments.save(new GroupPolicyAttachment(id, policy, now())),
                (id, policy) -> groupAttachments.deleteById(new GroupPolicyAttachment.Key(id, policy)),
                id -> groupAttachments.findByGroupId(id).stream()
                        .map(a -> new Attachment(a.policyId(), a.attachedAt())));
        this.agencies = new Holder(
                "agency_id",
                AgencyActions.ATTACH_POLICY,
                AgencyActions.DETACH_POLICY,
                AgencyActions.LIST_ATTACHED_POLICIES,
                Quota.POLICIES_PER_AGENCY,
                (caller, id, action, condition) ->
                        agencies.authorized(caller, id, action, condition).id(),
                (id, policy) -> agencyAttachments.existsById(new AgencyPolicyAttachment.Key(id, policy)),
                agencyAttachments::countByAgencyId,
                (id, policy) -> agencyAttachments.save(new AgencyPolicyAttachment(id, policy, now())),
                (id, policy) -> agencyAttachments.deleteById(new AgencyPolicyAttachment.Key(id, policy)),
                id -> agencyAttachments.findByAgencyId(id).stream()
                        .map(a -> new Attachment(a.policyId(), a.attachedAt())));
    }

    /** Attaches the policy to the user; attaching it again changes nothing. */
    public void attachToUser(Caller caller, String policyId, String userId) {
        attach(caller, policyId, userId, users);
    }

    public void detachFromUser(Caller caller, String policyId, String userId) {
        detach(caller, policyId, userId, users);
    }

    @Transactional(readOnly = true)
    public Page<AttachedPolicyView> listForUser(Caller caller, String userId, PageRequest page) {
        return list(caller, userId, users, page);
    }

    /** Attaches the policy to the group, and so to its members; attaching it again changes nothing. */
    public void attachToGroup(Caller caller, String policyId, String groupId) {
        attach(caller, policyId, groupId, groups);
    }

    public void detachFromGroup(Caller caller, String policyId, String groupId) {
        detach(caller, policyId, groupId, groups);
    }

    @Transactional(readOnly = true)
    public Page<AttachedPolicyView> listForGroup(Caller caller, String groupId, PageRequest page) {
        return list(caller, groupId, groups, page);
    }

    /** Attaches the policy to the agency, whose sessions it then governs; attaching it again changes nothing. */
    public void attachToAgency(Caller caller, String policyId, String agencyId) {
        attach(caller, policyId, agencyId, agencies);
    }

    public void detachFromAgency(Caller caller, String policyId, String agencyId) {
        detach(caller, policyId, agencyId, agencies);
    }

    @Transactional(readOnly = true)
    public Page<AttachedPolicyView> listForAgency(Caller caller, String agencyId, PageRequest page) {
        return list(caller, agencyId, agencies, page);
    }

    /** A kind of entity policies attach to: its permission check, its attachments and their quota. */
    private record Holder(
            String idField,
            String attachAction,
            String detachAction,
            String listAction,
            Quota quota,
            Authorization authorize,
            BiPredicate<String, String> attached,
            ToLongFunction<String> count,
            BiConsumer<String, String> attach,
            BiConsumer<String, String> detach,
            Function<String, Stream<Attachment>> attachments) {}

    /** The holder's id once the caller is allowed {@code action} on it (with {@code condition}). */
    private interface Authorization {
        String id(Caller caller, String holderId, String action, Map<String, List<String>> condition);
    }

    private void attach(Caller caller, String policyId, String holderId, Holder holder) {
        UserRules.checkIdField(holder.idField(), holderId);
        Optional<Policy> policy = visible(caller, policyId);
        String id = holder.authorize().id(caller, holderId, holder.attachAction(), policyCondition(policy));
        Policy found = policy.orElseThrow(() -> new NotFoundException("policy", policyId));
        if (holder.attached().test(id, found.id())) {
            return;
        }
        LimitExceededException.check(holder.quota(), holder.count().applyAsLong(id));
        holder.attach().accept(id, found.id());
    }

    private void detach(Caller caller, String policyId, String holderId, Holder holder) {
        UserRules.checkIdField(holder.idField(), holderId);
        Optional<Policy> policy = visible(caller, policyId);
        String id = holder.authorize().id(caller, holderId, holder.detachAction(), policyCondition(policy));
        Policy found = policy.orElseThrow(() -> new NotFoundException("policy", policyId));
        if (!holder.attached().test(id, found.id())) {
            throw new NotFoundException("policy attachment", found.id());
        }
        holder.detach().accept(id, found.id());
    }

    private Page<AttachedPolicyView> list(Caller caller, String holderId, Holder holder, PageRequest page) {
        String id = holder.authorize().id(caller, holderId, holder.listAction(), Map.of());
        return attached(holder.attachments().apply(id), page);
    }

    /** The agencies, groups and users of the caller's account the policy is attached to; {@code type} null: all. */
    @Transactional(readOnly = true)
    public Page<PolicyEntity> listEntities(Caller caller, String policyId, PolicyEntity.Type type, PageRequest page) {
        Policy policy = policyService.authorized(caller, policyId, PolicyActions.LIST_ENTITIES);
        Stream<PolicyEntity> userEntities = type != null && type != PolicyEntity.Type.USER
                ? Stream.empty()
                : userAttachments.findInAccount(policy.id(), caller.accountId()).stream()
                        .map(a -> new PolicyEntity(PolicyEntity.Type.USER, a.userId(), a.attachedAt()));
        Stream<PolicyEntity> groupEntities = type != null && type != PolicyEntity.Type.GROUP
                ? Stream.empty()
                : groupAttachments.findInAccount(policy.id(), caller.accountId()).stream()
                        .map(a -> new PolicyEntity(PolicyEntity.Type.GROUP, a.groupId(), a.attachedAt()));
        Stream<PolicyEntity> agencyEntities = type != null && type != PolicyEntity.Type.AGENCY
                ? Stream.empty()
                : agencyAttachments.findInAccount(policy.id(), caller.accountId()).stream()
                        .map(a -> new PolicyEntity(PolicyEntity.Type.AGENCY, a.agencyId(), a.attachedAt()));
        List<PolicyEntity> all = Stream.of(agencyEntities, groupEntities, userEntities)
                .flatMap(s -> s)
                .sorted(Comparator.comparing(PolicyEntity::key))
                .toList();
        return SortedSlice.page(all, page, PolicyEntity::key, Comparator.naturalOrder());
    }

    private record Attachment(String policyId, Instant attachedAt) {}

    private Page<AttachedPolicyView> attached(Stream<Attachment> attachments, PageRequest page) {
        List<Attachment> sorted =
                attachments.sorted(Comparator.comparing(Attachment::policyId)).toList();
        Page<Attachment> slice = SortedSlice.page(sorted, page, Attachment::policyId, Comparator.naturalOrder());
        Map<String, Policy> byId =
                policies
                        .findAllById(
                                slice.items().stream().map(Attachment::policyId).toList())
                        .stream()
                        .collect(Collectors.toMap(Policy::id, Function.identity()));
        return slice.map(a -> {
            Policy policy = byId.get(a.policyId());
            return new AttachedPolicyView(policy.id(), policy.name(), policy.urn(), a.attachedAt());
        });
    }

    private Optional<Policy> visible(Caller caller, String policyId) {
        UserRules.checkIdParameter("policy_id", policyId);
        return policies.findVisible(policyId, caller.accountId());
    }

    /** {@code iam:PolicyURN}; absent when the policy does not exist, which no condition on it can allow. */
    private static Map<String, List<String>> policyCondition(Optional<Policy> policy) {
        return policy.map(p -> Map.of(ConditionKeys.IAM_POLICY_URN, List.of(p.urn())))
                .orElse(Map.of());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
