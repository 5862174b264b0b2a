package org.iamemulator.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iamemulator.core.agency.AgencyFixtures;
import org.iamemulator.core.agency.AgencyPolicyAttachment;
import org.iamemulator.core.agency.NewAgency;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.group.GroupFixtures;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.support.AttachmentQueries;
import org.iamemulator.support.FakeRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Attachment rules over users, groups, agencies and policies in memory, the same for each kind of holder: the
 * permission asked on the holder with {@code iam:PolicyURN}, idempotence, the quota, what is not found, the lists.
 */
class PolicyAttachmentServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.891Z");
    private static final Instant NOW_IN_SECONDS = Instant.parse("2025-03-04T05:06:07Z");
    private static final String DAVE = "u0000000000000000000000000000001";
    private static final String STRANGER = "u0000000000000000000000000000009";

    /** The kinds of entity policies attach to, with what the rules name differently for each. */
    enum Holder {
        USER("user_id", "iam:users:", Quota.POLICIES_PER_USER),
        GROUP("group_id", "iam:groups:", Quota.POLICIES_PER_GROUP),
        AGENCY("agency_id", "iam:agencies:", Quota.POLICIES_PER_AGENCY);

        final String idField;
        final String actionPrefix;
        final Quota quota;

        Holder(String idField, String actionPrefix, Quota quota) {
            this.idField = idField;
            this.actionPrefix = actionPrefix;
            this.quota = quota;
        }
    }

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final UserFixtures users = new UserFixtures();
    private final GroupFixtures groups = new GroupFixtures(users, clock);
    private final AgencyFixtures agencies = new AgencyFixtures(users, clock);
    private final PolicyFixtures policies = new PolicyFixtures();
    private final FakeRepository<UserPolicyAttachment, UserPolicyAttachment.Key> userAttachmentRows =
            new FakeRepository<>(a -> new UserPolicyAttachment.Key(a.userId(), a.policyId()));
    private final FakeRepository<GroupPolicyAttachment, GroupPolicyAttachment.Key> groupAttachmentRows =
            new FakeRepository<>(a -> new GroupPolicyAttachment.Key(a.groupId(), a.policyId()));
    private final PolicyAttachmentService service = new PolicyAttachmentService(
            policies.repository,
            userAttachmentRows.as(
                    UserPolicyAttachmentRepository.class,
                    AttachmentQueries.of(
                            userAttachmentRows,
                            "User",
                            UserPolicyAttachment::userId,
                            UserPolicyAttachment::policyId,
                            (userId, accountId) -> users.rows.any(user ->
                                    user.id().equals(userId) && user.accountId().equals(accountId)))),
            groupAttachmentRows.as(
                    GroupPolicyAttachmentRepository.class,
                    AttachmentQueries.of(
                            groupAttachmentRows,
                            "Group",
                            GroupPolicyAttachment::groupId,
                            GroupPolicyAttachment::policyId,
                            (groupId, accountId) ->
                                    groups.rows.any(group -> group.id().equals(groupId)
                                            && group.accountId().equals(accountId)))),
            agencies.attachments,
            users.access(),
            groups.service,
            agencies.service,
            // ListEntitiesForPolicy only asks it for the policy and its permission: nothing else of it is used
            new PolicyService(
                    policies.repository, null, null, null, null, null, users.allowAll, UserFixtures.QUOTAS, clock),
            clock);

    private final String groupId;
    private final String agencyId;
    private final String foreignGroupId;
    private final String foreignAgencyId;
    private final Policy readers = policy("readers");

    PolicyAttachmentServiceTest() {
        users.user(DAVE, ACCOUNT, "dave");
        users.user(STRANGER, OTHER_ACCOUNT, "stranger");
        groupId = groups.service.create(users.rootCaller, "admins", null).id();
        agencyId = agencies.service
                .create(users.rootCaller, new NewAgency("deployer", null, AgencyFixtures.TRUST_OWN_ACCOUNT, null, null))
                .id();
        foreignGroupId = groups.service
                .create(UserFixtures.OTHER_ACCOUNT_ROOT, "admins", null)
                .id();
        foreignAgencyId = agencies.service
                .create(
                        UserFixtures.OTHER_ACCOUNT_ROOT,
                        new NewAgency("deployer", null, AgencyFixtures.TRUST_OWN_ACCOUNT, null, null))
                .id();
        users.checks.clear();
        users.requestConditions.clear();
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void attachesAtTheWholeSecondAskingOnTheHolderWithThePolicyUrn(Holder holder) {
        attach(holder, readers.id());

        assertThat(attachedPolicies(holder)).containsExactly(readers.id());
        assertThat(list(holder, PageRequest.of(null, null)).items())
                .singleElement()
                .satisfies(view -> assertThat(view.attachedAt()).isEqualTo(NOW_IN_SECONDS));
        assertThat(users.checks.get(0)).isEqualTo(holder.actionPrefix + "attachPolicyV5 " + urn(holder));
        assertThat(users.requestConditions.get(0))
                .isEqualTo(Map.of("iam:PolicyURN", List.of("iam::" + ACCOUNT + ":policy:readers")));
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void attachingAgainChangesNothingEvenWhenTheQuotaIsFull(Holder holder) {
        for (int i = 0; i < holder.quota.limit(); i++) {
            attach(holder, policy("policy" + i).id());
        }

        attach(holder, "policy-policy0");

        assertThat(attachedPolicies(holder)).hasSize(holder.quota.limit());
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void aHolderHoldsAtMostTenPolicies(Holder holder) {
        for (int i = 0; i < holder.quota.limit(); i++) {
            attach(holder, policy("policy" + i).id());
        }

        assertThatThrownBy(() -> attach(holder, readers.id()))
                .isInstanceOfSatisfying(
                        LimitExceededException.class,
                        error -> assertThat(error.quota()).isEqualTo(holder.quota));
        assertThat(holder.quota.limit()).isEqualTo(10);
        assertThat(attachedPolicies(holder)).doesNotContain(readers.id());
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void detachesAnAttachedPolicyAskingOnTheHolderWithThePolicyUrn(Holder holder) {
        attach(holder, readers.id());

        detach(holder, readers.id(), id(holder));

        assertThat(attachedPolicies(holder)).isEmpty();
        assertThat(users.checks.get(1)).isEqualTo(holder.actionPrefix + "detachPolicyV5 " + urn(holder));
        assertThat(users.requestConditions.get(1)).containsKey("iam:PolicyURN");
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void detachingAPolicyThatIsNotAttachedIsNotFound(Holder holder) {
        assertThatThrownBy(() -> detach(holder, readers.id(), id(holder)))
                .isInstanceOfSatisfying(NotFoundException.class, error -> {
                    assertThat(error.entityType()).isEqualTo("policy attachment");
                    assertThat(error.entityId()).isEqualTo(readers.id());
                });
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void anotherAccountsPolicyIsNotFoundAndNoConditionOnItCanAllow(Holder holder) {
        Policy foreign = policies.custom(OTHER_ACCOUNT, "foreign", NOW);

        assertThatThrownBy(() -> attach(holder, foreign.id()))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        error -> assertThat(error.entityType()).isEqualTo("policy"));
        assertThatThrownBy(() -> detach(holder, foreign.id(), id(holder)))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        error -> assertThat(error.entityType()).isEqualTo("policy"));
        assertThat(users.requestConditions).containsOnly(Map.of());
        assertThat(attachedPolicies(holder)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void anotherAccountsOrAMissingHolderIsNotFoundAfterTheWildcardIsChecked(Holder holder) {
        assertThatThrownBy(() -> attach(holder, readers.id(), foreignId(holder)))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        error -> assertThat(error.entityType())
                                .isEqualTo(holder.name().toLowerCase()));
        assertThatThrownBy(() -> detach(holder, readers.id(), "h0000000000000000000000000000009"))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.checks)
                .containsExactly(
                        holder.actionPrefix + "attachPolicyV5 " + wildcardUrn(holder),
                        holder.actionPrefix + "detachPolicyV5 " + wildcardUrn(holder));
        assertThat(attachedPolicies(holder)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void malformedIdsAreRefusedBeforeAnyPermissionIsAsked(Holder holder) {
        assertThatThrownBy(() -> detach(holder, readers.id(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo(holder.idField);
                    assertThat(error.source()).isEqualTo(InvalidInputException.Source.MISSING_BODY_FIELD);
                });
        assertThatThrownBy(() -> detach(holder, readers.id(), "not/an/id"))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo(holder.idField);
                    assertThat(error.source()).isEqualTo(InvalidInputException.Source.BODY_FIELD);
                });
        assertThatThrownBy(() -> detach(holder, "not/an/id", id(holder)))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("policy_id");
                    assertThat(error.source()).isEqualTo(InvalidInputException.Source.PARAMETER);
                });
        assertThat(users.checks).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Holder.class)
    void listsTheAttachedPoliciesByIdInPagesWithTheirNamesAndUrns(Holder holder) {
        Policy writers = policy("writers");
        Policy auditors = policy("auditors");
        Stream.of(writers, readers, auditors).forEach(policy -> attach(holder, policy.id()));

        Page<AttachedPolicyView> first = list(holder, PageRequest.of(2, null));
        Page<AttachedPolicyView> second = list(holder, PageRequest.of(2, first.nextMarker()));

        assertThat(first.items()).extracting(AttachedPolicyView::policyName).containsExactly("auditors", "readers");
        assertThat(second.items()).singleElement().satisfies(view -> {
            assertThat(view.policyId()).isEqualTo(writers.id());
            assertThat(view.urn()).isEqualTo("iam::" + ACCOUNT + ":policy:writers");
        });
        assertThat(second.nextMarker()).isNull();
        assertThat(users.checks).endsWith(holder.actionPrefix + "listAttachedPoliciesV5 " + urn(holder));
    }

    @Test
    void listsTheEntitiesOfTheCallersAccountAgenciesThenGroupsThenUsers() {
        Stream.of(Holder.values()).forEach(holder -> attach(holder, readers.id()));
        // as a system policy is, attached in another account too
        userAttachmentRows.add(new UserPolicyAttachment(STRANGER, readers.id(), NOW));
        users.checks.clear();

        Page<PolicyEntity> all = service.listEntities(users.rootCaller, readers.id(), null, PageRequest.of(null, null));

        assertThat(all.items())
                .extracting(PolicyEntity::type, PolicyEntity::id)
                .containsExactly(
                        tuple(PolicyEntity.Type.AGENCY, agencyId),
                        tuple(PolicyEntity.Type.GROUP, groupId),
                        tuple(PolicyEntity.Type.USER, DAVE));
        assertThat(users.checks).containsExactly("iam:policies:listEntitiesV5 iam::" + ACCOUNT + ":policy:readers");
    }

    @Test
    void listsOnlyTheEntitiesOfTheTypeAsked() {
        Stream.of(Holder.values()).forEach(holder -> attach(holder, readers.id()));

        assertThat(service.listEntities(
                                users.rootCaller, readers.id(), PolicyEntity.Type.GROUP, PageRequest.of(null, null))
                        .items())
                .extracting(PolicyEntity::id)
                .containsExactly(groupId);
    }

    private Policy policy(String name) {
        return policies.custom(ACCOUNT, name, NOW);
    }

    private String id(Holder holder) {
        return switch (holder) {
            case USER -> DAVE;
            case GROUP -> groupId;
            case AGENCY -> agencyId;
        };
    }

    /** The holder of the kind with the same name in the other account. */
    private String foreignId(Holder holder) {
        return switch (holder) {
            case USER -> STRANGER;
            case GROUP -> foreignGroupId;
            case AGENCY -> foreignAgencyId;
        };
    }

    private String urn(Holder holder) {
        return switch (holder) {
            case USER -> "iam::" + ACCOUNT + ":user:dave";
            case GROUP -> "iam::" + ACCOUNT + ":group:admins";
            case AGENCY -> "iam::" + ACCOUNT + ":agency:deployer";
        };
    }

    private static String wildcardUrn(Holder holder) {
        return "iam::" + ACCOUNT + ":" + holder.name().toLowerCase() + ":*";
    }

    private void attach(Holder holder, String policyId) {
        attach(holder, policyId, id(holder));
    }

    private void attach(Holder holder, String policyId, String holderId) {
        switch (holder) {
            case USER -> service.attachToUser(users.rootCaller, policyId, holderId);
            case GROUP -> service.attachToGroup(users.rootCaller, policyId, holderId);
            case AGENCY -> service.attachToAgency(users.rootCaller, policyId, holderId);
        }
    }

    private void detach(Holder holder, String policyId, String holderId) {
        switch (holder) {
            case USER -> service.detachFromUser(users.rootCaller, policyId, holderId);
            case GROUP -> service.detachFromGroup(users.rootCaller, policyId, holderId);
            case AGENCY -> service.detachFromAgency(users.rootCaller, policyId, holderId);
        }
    }

    private Page<AttachedPolicyView> list(Holder holder, PageRequest page) {
        return switch (holder) {
            case USER -> service.listForUser(users.rootCaller, DAVE, page);
            case GROUP -> service.listForGroup(users.rootCaller, groupId, page);
            case AGENCY -> service.listForAgency(users.rootCaller, agencyId, page);
        };
    }

    /** The ids of the policies attached to any holder of the kind, as stored. */
    private List<String> attachedPolicies(Holder holder) {
        return switch (holder) {
            case USER ->
                userAttachmentRows.rows().stream()
                        .map(UserPolicyAttachment::policyId)
                        .toList();
            case GROUP ->
                groupAttachmentRows.rows().stream()
                        .map(GroupPolicyAttachment::policyId)
                        .toList();
            case AGENCY ->
                agencies.attachmentRows.rows().stream()
                        .map(AgencyPolicyAttachment::policyId)
                        .toList();
        };
    }
}
