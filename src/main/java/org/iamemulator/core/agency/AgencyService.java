package org.iamemulator.core.agency;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iamemulator.core.Ids;
import org.iamemulator.core.Paths;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.tag.ResourceType;
import org.iamemulator.core.tag.Taggable;
import org.iamemulator.core.tag.TaggableResources;
import org.iamemulator.core.user.UserRules;
import org.iamemulator.policyengine.ConditionKeys;
import org.iamemulator.policyengine.TrustPolicy;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agencies (trust agencies and service-linked agencies) of the caller's account. Every operation asks the permission
 * check on the agency's URN {@code iam::<account>:agency:<path><name>} with its tags as {@code g:ResourceTag/<key>}.
 */
@Service
@Transactional
public class AgencyService implements TaggableResources {

    /** The path of every service-linked agency, before its service principal. */
    static final String SERVICE_LINKED_PATH = "service-linked-agency/";
    /** Account, path (up to the last /) and name of an agency URN. */
    private static final Pattern URN = Pattern.compile("iam::([0-9a-f]{32}):agency:(.*/)?([^/]+)");

    private final AgencyRepository agencies;
    private final AgencyPolicyAttachmentRepository attachments;
    private final AgencyDeletionTaskRepository deletionTasks;
    private final PermissionCheck permissions;
    private final Clock clock;

    public AgencyService(
            AgencyRepository agencies,
            AgencyPolicyAttachmentRepository attachments,
            AgencyDeletionTaskRepository deletionTasks,
            PermissionCheck permissions,
            Clock clock) {
        this.agencies = agencies;
        this.attachments = attachments;
        this.deletionTasks = deletionTasks;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** CreateAgencyV5: a trust agency; path "", 3600 s and an empty description unless given. */
    public AgencyView create(Caller caller, NewAgency request) {
        AgencyRules.checkName(request.name());
        String path = request.path() == null ? "" : request.path();
        Paths.check(path);
        AgencyRules.parseTrustPolicy(request.trustPolicy());
        AgencyRules.checkMaxSessionDuration(request.maxSessionDuration());
        AgencyRules.checkDescription(request.description());
        permissions.require(
                caller,
                AgencyActions.CREATE,
                new ProtectedResource(Agency.urn(caller.accountId(), path, request.name()), Map.of(), false));
        NewAgency resolved = new NewAgency(
                request.name(),
                path,
                request.trustPolicy(),
                request.maxSessionDuration() == null ? AgencyRules.MIN_SESSION_SECONDS : request.maxSessionDuration(),
                request.description() == null ? "" : request.description());
        return AgencyView.of(store(caller.accountId(), Agency.Kind.TRUST, resolved));
    }

    /**
     * CreateServiceLinkedAgencyV5: an agency the service {@code service.<name>} may assume, named
     * {@code ServiceLinkedAgencyFor<name>} on path {@code service-linked-agency/<service principal>/}, with a trust
     * policy allowing exactly that service and a session of at most 3600 s (docs/agencies.md).
     */
    public AgencyView createServiceLinked(Caller caller, String servicePrincipal, String description) {
        AgencyRules.checkServicePrincipal(servicePrincipal);
        AgencyRules.checkDescription(description);
        String service = servicePrincipal.substring("service.".length());
        NewAgency agency = new NewAgency(
                "ServiceLinkedAgencyFor" + service,
                SERVICE_LINKED_PATH + servicePrincipal + "/",
                serviceTrustPolicy(servicePrincipal),
                AgencyRules.MIN_SESSION_SECONDS,
                description == null ? "" : description);
        permissions.require(
                caller,
                AgencyActions.CREATE_SERVICE_LINKED,
                new ProtectedResource(Agency.urn(caller.accountId(), agency.path(), agency.name()), Map.of(), false),
                Map.of(ConditionKeys.IAM_SERVICE_PRINCIPAL, List.of(servicePrincipal)));
        return AgencyView.of(store(caller.accountId(), Agency.Kind.SERVICE_LINKED, agency));
    }

    @Transactional(readOnly = true)
    public AgencyView show(Caller caller, String agencyId) {
        return AgencyView.of(authorized(caller, agencyId, AgencyActions.GET, Map.of()));
    }

    /** A page of the account's agencies of both kinds whose path starts with {@code pathPrefix} (null: all). */
    @Transactional(readOnly = true)
    public Page<AgencyView> list(Caller caller, String pathPrefix, PageRequest page) {
        Paths.checkPrefixParameter(pathPrefix);
        permissions.require(
                caller,
                AgencyActions.LIST,
                new ProtectedResource(Agency.urn(caller.accountId(), "", "*"), Map.of(), false));
        List<Agency> rows = agencies.findPage(
                caller.accountId(), Paths.likePrefix(pathPrefix), page.afterKey(), Limit.of(page.limit() + 1));
        return Page.fromLookahead(rows, page.limit(), Agency::id).map(AgencyView::of);
    }

    /** UpdateAgencyV5: either value may be null to keep it. */
    public void update(Caller caller, String agencyId, Integer maxSessionDuration, String description) {
        AgencyRules.checkMaxSessionDuration(maxSessionDuration);
        AgencyRules.checkDescription(description);
        Agency agency = trustAgency(authorized(caller, agencyId, AgencyActions.UPDATE, Map.of()));
        if (maxSessionDuration != null) {
            agency.limitSessions(maxSessionDuration);
        }
        if (description != null) {
            agency.describe(description);
        }
    }

    public void updateTrustPolicy(Caller caller, String agencyId, String trustPolicy) {
        AgencyRules.parseTrustPolicy(trustPolicy);
        trustAgency(authorized(caller, agencyId, AgencyActions.UPDATE_TRUST_POLICY, Map.of()))
                .trust(trustPolicy);
    }

    /** DeleteAgencyV5: refused while policies are attached (Terraform detaches them first). */
    public void delete(Caller caller, String agencyId) {
        Agency agency = trustAgency(authorized(caller, agencyId, AgencyActions.DELETE, Map.of()));
        requireDetached(agency);
        agencies.delete(agency);
    }

    /**
     * DeleteServiceLinkedAgencyV5: deletes at once and answers the id of a task that has already succeeded.
     * Attached policies go with the agency: the real service cleans up the service's resources itself.
     */
    public String deleteServiceLinked(Caller caller, String agencyId) {
        UserRules.checkIdParameter("agency_id", agencyId);
        Agency agency = permissions.requireFound(
                caller,
                AgencyActions.DELETE_SERVICE_LINKED,
                agencies.findByIdAndAccountId(agencyId, caller.accountId())
                        .filter(found -> found.kind() == Agency.Kind.SERVICE_LINKED),
                AgencyService::resource,
                Agency.urn(caller.accountId(), "", "*"),
                () -> new NotFoundException("agency", agencyId),
                Map.of());
        agencies.delete(agency);
        AgencyDeletionTask task =
                deletionTasks.save(new AgencyDeletionTask(Ids.random(), caller.accountId(), agency.id(), now()));
        return task.id();
    }

    /** GetServiceLinkedAgencyDeletionStatusV5: every task the emulator knows has succeeded. */
    @Transactional(readOnly = true)
    public void requireDeletionTask(Caller caller, String taskId) {
        AgencyRules.checkDeletionTaskIdParameter(taskId);
        permissions.require(
                caller,
                AgencyActions.GET_SERVICE_LINKED_DELETION_STATUS,
                new ProtectedResource(Agency.urn(caller.accountId(), "", "*"), Map.of(), false));
        if (deletionTasks.findByIdAndAccountId(taskId, caller.accountId()).isEmpty()) {
            throw new NotFoundException("deletion task", taskId);
        }
    }

    /**
     * Loads an agency of the caller's account and checks the action on it; a missing agency is checked as
     * {@code iam::<account>:agency:*} first, so that only callers allowed to act on agencies learn it is missing.
     */
    public Agency authorized(Caller caller, String agencyId, String action, Map<String, List<String>> extra) {
        UserRules.checkIdParameter("agency_id", agencyId);
        return permissions.requireFound(
                caller,
                action,
                agencies.findByIdAndAccountId(agencyId, caller.accountId()),
                AgencyService::resource,
                Agency.urn(caller.accountId(), "", "*"),
                () -> new NotFoundException("agency", agencyId),
                extra);
    }

    /**
     * The agency an assume request names by URN ({@code iam::<account-id>:agency:<path><name>}), in whichever account
     * it is; empty when there is none. No permission check here: the one who assumes is checked on the URN.
     */
    @Transactional(readOnly = true)
    public Optional<AgencyView> findByUrn(String agencyUrn) {
        Matcher urn = URN.matcher(agencyUrn == null ? "" : agencyUrn);
        if (!urn.matches()) {
            return Optional.empty();
        }
        return agencies.findByAccountIdAndNameKey(urn.group(1), Agency.nameKey(urn.group(3)))
                .filter(agency -> agency.path().equals(urn.group(2) == null ? "" : urn.group(2)))
                .map(AgencyView::of);
    }

    /**
     * The URN of the agency of {@code accountId} named {@code agencyName} (with its path), for the requests that name
     * an agency by name (an assume_role token login); the path-less URN when there is no such agency.
     */
    @Transactional(readOnly = true)
    public String urnByName(String accountId, String agencyName) {
        return agencies.findByAccountIdAndNameKey(accountId, Agency.nameKey(agencyName))
                .map(Agency::urn)
                .orElseGet(() -> Agency.urn(accountId, "", agencyName));
    }

    /** The compiled trust policy of an agency of {@code accountId}, for the ones who assume it. */
    @Transactional(readOnly = true)
    public TrustPolicy trustPolicy(String accountId, String agencyId) {
        return agencies.findByIdAndAccountId(agencyId, accountId)
                .map(agency -> TrustPolicy.parse(agency.trustPolicy()))
                .orElseThrow(() -> new NotFoundException("agency", agencyId));
    }

    @Override
    public ResourceType type() {
        return ResourceType.AGENCY;
    }

    @Override
    public Taggable authorizedForTagging(
            Caller caller, String agencyId, String action, Map<String, List<String>> requestConditions) {
        return authorized(caller, agencyId, action, requestConditions);
    }

    private Agency store(String accountId, Agency.Kind kind, NewAgency agency) {
        if (agencies.existsByAccountIdAndNameKey(accountId, Agency.nameKey(agency.name()))) {
            throw new ConflictException("agency", "agency name already exists: " + agency.name());
        }
        LimitExceededException.check(Quota.AGENCIES_PER_ACCOUNT, agencies.countByAccountId(accountId));
        return agencies.save(new Agency(Ids.random(), accountId, kind, agency, now()));
    }

    private void requireDetached(Agency agency) {
        long attached = attachments.countByAgencyId(agency.id());
        if (attached > 0) {
            throw new ConflictException("agency", attached + " policies are attached to the agency; detach them first");
        }
    }

    /** Service-linked agencies belong to their service: the trust-agency operations leave them alone. */
    private static Agency trustAgency(Agency agency) {
        if (agency.kind() != Agency.Kind.TRUST) {
            throw new ConflictException(
                    "agency",
                    "a service-linked agency is changed and deleted only by its"
                            + " service (DeleteServiceLinkedAgencyV5)");
        }
        return agency;
    }

    private static ProtectedResource resource(Agency agency) {
        return new ProtectedResource(agency.urn(), agency.tags(), false);
    }

    private static String serviceTrustPolicy(String servicePrincipal) {
        return "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":[\""
                + servicePrincipal + "\"]},\"Action\":[\"sts:agencies:assume\"]}]}";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
