package org.iamemulator.huawei.agency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.agency.AgencyService;
import org.iamemulator.core.agency.AgencyView;
import org.iamemulator.core.agency.NewAgency;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.agency.AgencyDtos.AgencyBody;
import org.iamemulator.huawei.agency.AgencyDtos.AgencyResponse;
import org.iamemulator.huawei.agency.AgencyDtos.CreateAgencyRequest;
import org.iamemulator.huawei.agency.AgencyDtos.CreateServiceLinkedAgencyRequest;
import org.iamemulator.huawei.agency.AgencyDtos.DeletionStatusResponse;
import org.iamemulator.huawei.agency.AgencyDtos.DeletionTaskResponse;
import org.iamemulator.huawei.agency.AgencyDtos.ListAgenciesResponse;
import org.iamemulator.huawei.agency.AgencyDtos.UpdateAgencyRequest;
import org.iamemulator.huawei.agency.AgencyDtos.UpdateTrustPolicyRequest;
import org.iamemulator.web.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Huawei IAM v5 agency APIs: trust agencies and service-linked agencies (attachments: HuaweiPolicyController). */
@RestController
@RequestMapping(path = "/v5", produces = "application/json")
@Tag(name = "Agencies (Huawei IAM v5)")
class HuaweiAgencyController {

    private final AgencyService agencies;

    HuaweiAgencyController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @PostMapping(path = "/agencies", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "CreateAgencyV5",
            summary = "Create a trust agency",
            description = "At most 50 agencies per account.")
    AgencyResponse create(@CurrentCaller Caller caller, @RequestBody CreateAgencyRequest body) {
        return new AgencyResponse(AgencyBody.summary(agencies.create(
                caller,
                new NewAgency(
                        body.agencyName(),
                        body.path(),
                        body.trustPolicy(),
                        body.maxSessionDuration(),
                        body.description()))));
    }

    @GetMapping("/agencies/{agency_id}")
    @Operation(operationId = "GetAgencyV5", summary = "Query an agency with its tags")
    AgencyResponse show(@CurrentCaller Caller caller, @PathVariable("agency_id") String agencyId) {
        return new AgencyResponse(AgencyBody.withTags(agencies.show(caller, agencyId)));
    }

    @GetMapping("/agencies")
    @Operation(operationId = "ListAgenciesV5", summary = "List agencies")
    ListAgenciesResponse list(
            @CurrentCaller Caller caller,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker,
            @Parameter(description = "only the agencies whose path starts with it")
                    @RequestParam(name = "path_prefix", required = false)
                    String pathPrefix) {
        Page<AgencyView> page = agencies.list(caller, pathPrefix, PageRequest.of(limit, marker));
        return new ListAgenciesResponse(
                page.items().stream().map(AgencyBody::summary).toList(),
                new PageInfo(page.nextMarker(), page.items().size()));
    }

    @PutMapping(path = "/agencies/{agency_id}", consumes = "application/json")
    @Operation(
            operationId = "UpdateAgencyV5",
            summary = "Change an agency's session duration or description",
            description = "Answers no body.")
    void update(
            @CurrentCaller Caller caller,
            @PathVariable("agency_id") String agencyId,
            @RequestBody UpdateAgencyRequest body) {
        agencies.update(caller, agencyId, body.maxSessionDuration(), body.description());
    }

    @DeleteMapping("/agencies/{agency_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "DeleteAgencyV5", summary = "Delete a trust agency without attached policies")
    void delete(@CurrentCaller Caller caller, @PathVariable("agency_id") String agencyId) {
        agencies.delete(caller, agencyId);
    }

    @PutMapping(path = "/agencies/{agency_id}/trust-policy", consumes = "application/json")
    @Operation(
            operationId = "UpdateTrustPolicyV5",
            summary = "Replace an agency's trust policy",
            description = "Answers no body.")
    void updateTrustPolicy(
            @CurrentCaller Caller caller,
            @PathVariable("agency_id") String agencyId,
            @RequestBody UpdateTrustPolicyRequest body) {
        agencies.updateTrustPolicy(caller, agencyId, body.trustPolicy());
    }

    @PutMapping(path = "/service-linked-agencies", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "CreateServiceLinkedAgencyV5", summary = "Create the agency a cloud service acts with")
    AgencyResponse createServiceLinked(
            @CurrentCaller Caller caller, @RequestBody CreateServiceLinkedAgencyRequest body) {
        return new AgencyResponse(
                AgencyBody.summary(agencies.createServiceLinked(caller, body.servicePrincipal(), body.description())));
    }

    @DeleteMapping("/service-linked-agencies/{agency_id}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            operationId = "DeleteServiceLinkedAgencyV5",
            summary = "Delete a service-linked agency",
            description = "Deleted at once; the task succeeded.")
    DeletionTaskResponse deleteServiceLinked(@CurrentCaller Caller caller, @PathVariable("agency_id") String agencyId) {
        return new DeletionTaskResponse(agencies.deleteServiceLinked(caller, agencyId));
    }

    @GetMapping("/service-linked-agencies/deletion-task/{deletion_task_id}")
    @Operation(
            operationId = "GetServiceLinkedAgencyDeletionStatusV5",
            summary = "The status of a service-linked agency's deletion",
            description = "Always succeeded.")
    DeletionStatusResponse deletionStatus(
            @CurrentCaller Caller caller, @PathVariable("deletion_task_id") String taskId) {
        agencies.requireDeletionTask(caller, taskId);
        return new DeletionStatusResponse("succeeded");
    }
}
