package org.iamemulator.core.agency;

import java.time.Clock;
import java.util.Map;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.support.AttachmentQueries;
import org.iamemulator.support.FakeRepository;

/** Agencies and their policy attachments in memory, the way the core services find them, for their unit tests. */
public final class AgencyFixtures {

    /** A trust policy that lets the account's own identities assume the agency. */
    public static final String TRUST_OWN_ACCOUNT = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"IAM\":[\"" + UserFixtures.ACCOUNT + "\"]},\"Action\":[\"sts:agencies:assume\"]}]}";

    public final FakeRepository<Agency, String> rows = new FakeRepository<>(Agency::id);
    public final FakeRepository<AgencyPolicyAttachment, AgencyPolicyAttachment.Key> attachmentRows =
            new FakeRepository<>(a -> new AgencyPolicyAttachment.Key(a.agencyId(), a.policyId()));
    public final AgencyPolicyAttachmentRepository attachments = attachmentRows.as(
            AgencyPolicyAttachmentRepository.class,
            AttachmentQueries.of(
                    attachmentRows,
                    "Agency",
                    AgencyPolicyAttachment::agencyId,
                    AgencyPolicyAttachment::policyId,
                    (agencyId, accountId) -> rows.any(agency ->
                            agency.id().equals(agencyId) && agency.accountId().equals(accountId))));
    /** Finds the agencies of an account by id or name key, and counts them. */
    public final AgencyRepository repository = rows.as(
            AgencyRepository.class,
            Map.of(
                    "findByIdAndAccountId",
                            args -> rows.find(agency -> agency.id().equals(args[0])
                                    && agency.accountId().equals(args[1])),
                    "existsByAccountIdAndNameKey",
                            args -> rows.any(agency -> agency.accountId().equals(args[0])
                                    && Agency.nameKey(agency.name()).equals(args[1])),
                    "findByAccountIdAndNameKey",
                            args -> rows.find(agency -> agency.accountId().equals(args[0])
                                    && Agency.nameKey(agency.name()).equals(args[1])),
                    "countByAccountId",
                            args -> rows.count(agency -> agency.accountId().equals(args[0]))));

    public final FakeRepository<AgencyDeletionTask, String> taskRows = new FakeRepository<>(AgencyDeletionTask::id);
    /** The agency operations, asking {@code permissions}. */
    public final AgencyService service;

    /** Allowed everything by {@code users.allowAll}, which records what was asked. */
    public AgencyFixtures(UserFixtures users, Clock clock) {
        this(users.allowAll, clock);
    }

    public AgencyFixtures(PermissionCheck permissions, Clock clock) {
        service = new AgencyService(
                repository,
                attachments,
                taskRows.as(
                        AgencyDeletionTaskRepository.class,
                        Map.of(
                                "findByIdAndAccountId",
                                args -> taskRows.find(task -> task.id().equals(args[0])))),
                permissions,
                clock);
    }
}
