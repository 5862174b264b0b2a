package org.iamemulator.core.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iamemulator.core.agency.Agency;
import org.iamemulator.core.agency.AgencyActions;
import org.iamemulator.core.agency.AgencyPolicyAttachment;
import org.iamemulator.core.agency.AgencyPolicyAttachmentRepository;
import org.iamemulator.core.agency.AgencyService;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.group.Group;
import org.iamemulator.core.group.GroupActions;
import org.iamemulator.core.group.GroupService;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.paging.SortedSlice;
import org.iamemulator.core.user.UserAccess;
import org.iamemulator.core.user.UserActions;
import org.iamemulator.core.user.UserRules;
import org.iamemulator.core.user.UserView;
import org.iamemulator.policyengine.ConditionKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaching policies to users, groups and agencies. The permission is asked on the user or group, with the policy's URN as
 * {@code iam:PolicyURN}, as the real service documents it.
 */
@Service
@Transactional
public class PolicyAttachmentService {

    private final PolicyRepository policies;
    private final UserPolicyAttachmentRepository userAttachments;
    private final GroupPolicyAttachmentRepository groupAttachments;
    private final AgencyPolicyAttachmentRepository agencyAttachments;
    private final UserAccess users;
    private final GroupService groups;
    private final AgencyService agencies;
    private final PolicyService policyService;
    private final Clock clock;

    public PolicyAttachmentService(PolicyRepository policies, UserPolicyAttachmentRepository userAttachments,
            GroupPolicyAttachmentRepository groupAttachments, AgencyPolicyAttachmentRepository agencyAttachments,
            UserAccess users, GroupService groups, AgencyService agencies, PolicyService policyService, Clock clock) {
        this.policies = policies;
        this.userAttachments = userAttachments;
        this.groupAttachments = groupAttachments;
        this.agencyAttachments = agencyAttachments;
        this.users = users;
        this.groups = groups;
        this.agencies = agencies;
        this.policyService = policyService;
        this.clock = clock;
    }

    /** Attaches the policy to the user; attaching it again changes nothing. */
    public void attachToUser(Caller caller, String policyId, String userId) {
        UserRules.checkIdField("user_id", userId);
        Optional<Policy> policy = visible(caller, policyId);
        UserView user = users.authorize(caller, userId, UserActions.ATTACH_POLICY, policyCondition(policy));
        Policy found = policy.orElseThrow(() -> new NotFoundException("policy", policyId));
        if (userAttachments.existsById(new UserPolicyAttachment.Key(user.id(), found.id()))) {
            return;
        }
        LimitExceededException.check(Quota.POLICIES_PER_USER, userAttachments.countByUserId(user.id()));
        userAttachments.save(new UserPolicyAttachment(user.id(), found.id(), now()));
    }

    public void detachFromUser(Caller caller, String policyId, String userId) {
        UserRules.checkIdField("user_id", userId);
        Optional<Policy> policy = visible(caller, policyId);
        UserView user = users.authorize(caller, userId, UserActions.DETACH_POLICY, policyCondition(policy));
        Policy found = policy.orElseThrow(() -> new NotFoundException("policy", policyId));
        UserPolicyAttachment.Key key = new UserPolicyAttachment.Key(user.id(), found.id());
        if (!userAttachments.existsById(key)) {
            throw new NotFoundException("policy attachment", found.id());
        }
        userAttachments.deleteById(key);
    }

    @Transactional(readOnly = true)
    public Page<AttachedPolicyView> listForUser(Caller caller, String userId, PageRequest page) {
        UserView user = users.authorize(caller, userId, UserActions.LIST_ATTACHED_POLICIES);
        return attached(userAttachments.findByUserId(user.id()).stream()
                .map(a -> new Attachment(a.policyId(), a.attachedAt())), page);
    }

    /** Attaches the policy to the group, and so to its members; attaching it again changes nothing. */
    public void attachToGroup(Caller caller, String policyId, String groupId) {
        UserRules.checkIdField("group_id", groupId);
        Optional<Policy> policy = visible(caller, policyId);
        Group group = groups.authorized(caller, groupId, GroupActions.ATTACH_POLICY, policyCondition(policy));
        Policy found = policy.orElseThrow(() -> new NotFoundException("policy", policyId));
        if (groupAttachments.existsById(new GroupPolicyAttachment.Key(group.id(), found.id()))) {
            return;
        }
        LimitExceededException.check(Quota.POLICIES_PER_GROUP, groupAttachments.countByGroupId(group.id()));
        groupAttachments.save(new GroupPolicyAttachment(group.id(), found.id(), now()));
    }

    public void detachFromGroup(Caller caller, String policyId, String groupId) {
        UserRules.checkIdField("group_id", groupId);
        Optional<Policy> policy = visible(caller, policyId);
        Group group = groups.authorized(caller, groupId, GroupActions.DETACH_POLICY, policyCondition(policy));
        Policy found = policy.orElseThrow(() -> new NotFoundException("policy", policyId));
        GroupPolicyAttachment.Key key = new GroupPolicyAttachment.Key(group.id(), found.id());
        if (!groupAttachments.existsById(key)) {
            throw new NotFoundException("policy attachment", found.id());
        }
        groupAttachments.deleteById(key);
    }

    @Transactional(readOnly = true)
    public Page<AttachedPolicyView> listForGroup(Caller caller, String groupId, PageRequest page) {
        Group group = groups.authorized(caller, groupId, GroupActions.LIST_ATTACHED_POLICIES, Map.of());
        return attached(groupAttachments.findByGroupId(group.id()).stream()
                .map(a -> new Attachment(a.policyId(), a.attachedAt())), page);
    }

    /** Attaches the policy to the agency, whose sessions it then governs; attaching it again changes nothing. */
    public void attachToAgency(Caller caller, String policyId, String agencyId) {
        UserRules.checkIdField("agency_id", agencyId);
        Optional<Policy> policy = visible(caller, policyId);
        Agency agency = agencies.authorized(caller, agencyId, AgencyActions.ATTACH_POLICY, policyCondition(policy));
        Policy found = policy.orElseThrow(() -> new NotFoundException("policy", policyId));
        if (agencyAttachments.existsById(new AgencyPolicyAttachment.Key(agency.id(), found.id()))) {
            return;
        }
        LimitExceededException.check(Quota.POLICIES_PER_AGENCY, agencyAttachments.countByAgencyId(agency.id()));
        agencyAttachments.save(new AgencyPolicyAttachment(agency.id(), found.id(), now()));
    }

    public void detachFromAgency(Caller caller, String policyId, String agencyId) {
        UserRules.checkIdField("agency_id", agencyId);
        Optional<Policy> policy = visible(caller, policyId);
        Agency agency = agencies.authorized(caller, agencyId, AgencyActions.DETACH_POLICY, policyCondition(policy));
        Policy found = policy.orElseThrow(() -> new NotFoundException("policy", policyId));
        AgencyPolicyAttachment.Key key = new AgencyPolicyAttachment.Key(agency.id(), found.id());
        if (!agencyAttachments.existsById(key)) {
            throw new NotFoundException("policy attachment", found.id());
        }
        agencyAttachments.deleteById(key);
    }

    @Transactional(readOnly = true)
    public Page<AttachedPolicyView> listForAgency(Caller caller, String agencyId, PageRequest page) {
        Agency agency = agencies.authorized(caller, agencyId, AgencyActions.LIST_ATTACHED_POLICIES, Map.of());
        return attached(agencyAttachments.findByAgencyId(agency.id()).stream()
                .map(a -> new Attachment(a.policyId(), a.attachedAt())), page);
    }

    /** The agencies, groups and users of the caller's account the policy is attached to; {@code type} null: all. */
    @Transactional(readOnly = true)
    public Page<PolicyEntity> listEntities(Caller caller, String policyId, PolicyEntity.Type type,
            PageRequest page) {
        Policy policy = policyService.authorized(caller, policyId, PolicyActions.LIST_ENTITIES);
        Stream<PolicyEntity> userEntities = type != null && type != PolicyEntity.Type.USER ? Stream.empty()
                : userAttachments.findInAccount(policy.id(), caller.accountId()).stream()
                        .map(a -> new PolicyEntity(PolicyEntity.Type.USER, a.userId(), a.attachedAt()));
        Stream<PolicyEntity> groupEntities = type != null && type != PolicyEntity.Type.GROUP ? Stream.empty()
                : groupAttachments.findInAccount(policy.id(), caller.accountId()).stream()
                        .map(a -> new PolicyEntity(PolicyEntity.Type.GROUP, a.groupId(), a.attachedAt()));
        Stream<PolicyEntity> agencyEntities = type != null && type != PolicyEntity.Type.AGENCY ? Stream.empty()
                : agencyAttachments.findInAccount(policy.id(), caller.accountId()).stream()
                        .map(a -> new PolicyEntity(PolicyEntity.Type.AGENCY, a.agencyId(), a.attachedAt()));
        List<PolicyEntity> all = Stream.of(agencyEntities, groupEntities, userEntities).flatMap(s -> s)
                .sorted(Comparator.comparing(PolicyEntity::key)).toList();
        return SortedSlice.page(all, page, PolicyEntity::key, Comparator.naturalOrder());
    }

    private record Attachment(String policyId, Instant attachedAt) {
    }

    private Page<AttachedPolicyView> attached(Stream<Attachment> attachments, PageRequest page) {
        List<Attachment> sorted = attachments.sorted(Comparator.comparing(Attachment::policyId)).toList();
        Page<Attachment> slice = SortedSlice.page(sorted, page, Attachment::policyId, Comparator.naturalOrder());
        Map<String, Policy> byId = policies.findAllById(slice.items().stream().map(Attachment::policyId).toList())
                .stream().collect(Collectors.toMap(Policy::id, Function.identity()));
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
        return policy.map(p -> Map.of(ConditionKeys.IAM_POLICY_URN, List.of(p.urn()))).orElse(Map.of());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
