package org.iamemulator.core.agency;

import java.time.Clock;
import java.util.Map;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.support.FakeRepository;

/** Agencies in memory behind the real AgencyService, for unit tests of that service and of those that assume. */
public final class AgencyFixtures {

    public final FakeRepository<Agency, String> rows = new FakeRepository<>(Agency::id);
    public final FakeRepository<AgencyPolicyAttachment, AgencyPolicyAttachment.Key> attachmentRows =
            new FakeRepository<>(a -> new AgencyPolicyAttachment.Key(a.agencyId(), a.policyId()));
    public final AgencyPolicyAttachmentRepository attachments = attachmentRows.as(
            AgencyPolicyAttachmentRepository.class,
            Map.of(
                    "countByAgencyId",
                    args -> attachmentRows.count(a -> a.agencyId().equals(args[0]))));
    public final FakeRepository<AgencyDeletionTask, String> taskRows = new FakeRepository<>(AgencyDeletionTask::id);
    public final AgencyService service;

    public AgencyFixtures(PermissionCheck permissions, Clock clock) {
        service = new AgencyService(
                rows.as(
                        AgencyRepository.class,
                        Map.of(
                                "findByIdAndAccountId",
                                        args -> rows.find(agency -> agency.id().equals(args[0])
                                                && agency.accountId().equals(args[1])),
                                "existsByAccountIdAndNameKey",
                                        args -> rows.any(agency -> agency.accountId()
                                                        .equals(args[0])
                                                && Agency.nameKey(agency.name()).equals(args[1])),
                                "findByAccountIdAndNameKey",
                                        args -> rows.find(agency -> agency.accountId()
                                                        .equals(args[0])
                                                && Agency.nameKey(agency.name()).equals(args[1])),
                                "countByAccountId",
                                        args -> rows.count(
                                                agency -> agency.accountId().equals(args[0])))),
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
