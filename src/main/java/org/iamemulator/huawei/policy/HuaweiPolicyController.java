package org.iamemulator.huawei.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Function;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.policy.AttachedPolicyView;
import org.iamemulator.core.policy.NewPolicy;
import org.iamemulator.core.policy.PolicyAttachmentService;
import org.iamemulator.core.policy.PolicyEntity;
import org.iamemulator.core.policy.PolicyFilter;
import org.iamemulator.core.policy.PolicyService;
import org.iamemulator.core.policy.PolicyVersionView;
import org.iamemulator.core.policy.PolicyView;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.policy.PolicyDtos.AgencyIdRequest;
import org.iamemulator.huawei.policy.PolicyDtos.AttachedPolicyBody;
import org.iamemulator.huawei.policy.PolicyDtos.CreatePolicyRequest;
import org.iamemulator.huawei.policy.PolicyDtos.CreatePolicyVersionRequest;
import org.iamemulator.huawei.policy.PolicyDtos.GroupIdRequest;
import org.iamemulator.huawei.policy.PolicyDtos.ListAttachedPoliciesResponse;
import org.iamemulator.huawei.policy.PolicyDtos.ListEntitiesResponse;
import org.iamemulator.huawei.policy.PolicyDtos.ListPoliciesResponse;
import org.iamemulator.huawei.policy.PolicyDtos.ListPolicyVersionsResponse;
import org.iamemulator.huawei.policy.PolicyDtos.PolicyAgencyBody;
import org.iamemulator.huawei.policy.PolicyDtos.PolicyBody;
import org.iamemulator.huawei.policy.PolicyDtos.PolicyGroupBody;
import org.iamemulator.huawei.policy.PolicyDtos.PolicyResponse;
import org.iamemulator.huawei.policy.PolicyDtos.PolicyUserBody;
import org.iamemulator.huawei.policy.PolicyDtos.PolicyVersionBody;
import org.iamemulator.huawei.policy.PolicyDtos.PolicyVersionResponse;
import org.iamemulator.huawei.policy.PolicyDtos.UserIdRequest;
import org.iamemulator.web.CurrentCaller;
import org.iamemulator.web.WireTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Huawei IAM v5 identity-policy APIs: policies, versions and attachments. */
@RestController
@RequestMapping(path = "/v5", produces = "application/json")
@Tag(name = "Identity policies (Huawei IAM v5)")
class HuaweiPolicyController {

    private final PolicyService policies;
    private final PolicyAttachmentService attachments;

    HuaweiPolicyController(PolicyService policies, PolicyAttachmentService attachments) {
        this.policies = policies;
        this.attachments = attachments;
    }

    @PostMapping(path = "/policies", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "CreatePolicyV5",
            summary = "Create a custom identity policy",
            description = "The document is validated: 400 PAP5.0011 says what is wrong.")
    PolicyResponse create(@CurrentCaller Caller caller, @RequestBody CreatePolicyRequest body) {
        return new PolicyResponse(PolicyBody.of(policies.create(
                caller, new NewPolicy(body.policyName(), body.path(), body.policyDocument(), body.description()))));
    }

    @GetMapping("/policies/{policy_id}")
    @Operation(operationId = "GetPolicyV5", summary = "Query an identity policy")
    PolicyResponse show(@CurrentCaller Caller caller, @PathVariable("policy_id") String policyId) {
        return new PolicyResponse(PolicyBody.of(policies.show(caller, policyId)));
    }

    @GetMapping("/policies")
    @Operation(operationId = "ListPoliciesV5", summary = "List custom and system identity policies")
    ListPoliciesResponse list(
            @CurrentCaller Caller caller,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker,
            @Parameter(description = "custom or system") @RequestParam(name = "policy_type", required = false)
                    String policyType,
            @RequestParam(name = "path_prefix", required = false) String pathPrefix,
            @Parameter(description = "only policies attached to a user or group")
                    @RequestParam(name = "only_attached", required = false)
                    Boolean onlyAttached) {
        Page<PolicyView> page = policies.list(
                caller, new PolicyFilter(policyType, pathPrefix, onlyAttached), PageRequest.of(limit, marker));
        return new ListPoliciesResponse(
                page.items().stream().map(PolicyBody::of).toList(), pageInfo(page));
    }

    @DeleteMapping("/policies/{policy_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "DeletePolicyV5", summary = "Delete a custom policy that is attached to nothing")
    void delete(@CurrentCaller Caller caller, @PathVariable("policy_id") String policyId) {
        policies.delete(caller, policyId);
    }

    @PostMapping(path = "/policies/{policy_id}/versions", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "CreatePolicyVersionV5", summary = "Create a policy version (at most 5 per policy)")
    PolicyVersionResponse createVersion(
            @CurrentCaller Caller caller,
            @PathVariable("policy_id") String policyId,
            @RequestBody CreatePolicyVersionRequest body) {
        return new PolicyVersionResponse(PolicyVersionBody.of(policies.createVersion(
                caller, policyId, body.policyDocument(), Boolean.TRUE.equals(body.setAsDefault()))));
    }

    @GetMapping("/policies/{policy_id}/versions/{version_id}")
    @Operation(operationId = "GetPolicyVersionV5", summary = "Query a policy version")
    PolicyVersionResponse showVersion(
            @CurrentCaller Caller caller,
            @PathVariable("policy_id") String policyId,
            @PathVariable("version_id") String versionId) {
        return new PolicyVersionResponse(PolicyVersionBody.of(policies.showVersion(caller, policyId, versionId)));
    }

    @GetMapping("/policies/{policy_id}/versions")
    @Operation(operationId = "ListPolicyVersionsV5", summary = "List the versions of a policy")
    ListPolicyVersionsResponse listVersions(
            @CurrentCaller Caller caller,
            @PathVariable("policy_id") String policyId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker) {
        Page<PolicyVersionView> page = policies.listVersions(caller, policyId, PageRequest.of(limit, marker));
        return new ListPolicyVersionsResponse(
                page.items().stream().map(PolicyVersionBody::of).toList(), pageInfo(page));
    }

    @DeleteMapping("/policies/{policy_id}/versions/{version_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "DeletePolicyVersionV5", summary = "Delete a version that is not the default")
    void deleteVersion(
            @CurrentCaller Caller caller,
            @PathVariable("policy_id") String policyId,
            @PathVariable("version_id") String versionId) {
        policies.deleteVersion(caller, policyId, versionId);
    }

    @PostMapping("/policies/{policy_id}/versions/{version_id}/set-default")
    @Operation(operationId = "SetDefaultPolicyVersionV5", summary = "Make a version the one that applies")
    void setDefaultVersion(
            @CurrentCaller Caller caller,
            @PathVariable("policy_id") String policyId,
            @PathVariable("version_id") String versionId) {
        policies.setDefaultVersion(caller, policyId, versionId);
    }

    @PostMapping(path = "/policies/{policy_id}/attach-user", consumes = "application/json")
    @Operation(operationId = "AttachUserPolicyV5", summary = "Attach a policy to a user")
    void attachUser(
            @CurrentCaller Caller caller, @PathVariable("policy_id") String policyId, @RequestBody UserIdRequest body) {
        attachments.attachToUser(caller, policyId, body.userId());
    }

    @PostMapping(path = "/policies/{policy_id}/detach-user", consumes = "application/json")
    @Operation(operationId = "DetachUserPolicyV5", summary = "Detach a policy from a user")
    void detachUser(
            @CurrentCaller Caller caller, @PathVariable("policy_id") String policyId, @RequestBody UserIdRequest body) {
        attachments.detachFromUser(caller, policyId, body.userId());
    }

    @PostMapping(path = "/policies/{policy_id}/attach-group", consumes = "application/json")
    @Operation(operationId = "AttachGroupPolicyV5", summary = "Attach a policy to a group")
    void attachGroup(
            @CurrentCaller Caller caller,
            @PathVariable("policy_id") String policyId,
            @RequestBody GroupIdRequest body) {
        attachments.attachToGroup(caller, policyId, body.groupId());
    }

    @PostMapping(path = "/policies/{policy_id}/detach-group", consumes = "application/json")
    @Operation(operationId = "DetachGroupPolicyV5", summary = "Detach a policy from a group")
    void detachGroup(
            @CurrentCaller Caller caller,
            @PathVariable("policy_id") String policyId,
            @RequestBody GroupIdRequest body) {
        attachments.detachFromGroup(caller, policyId, body.groupId());
    }

    @PostMapping(path = "/policies/{policy_id}/attach-agency", consumes = "application/json")
    @Operation(
            operationId = "AttachAgencyPolicyV5",
            summary = "Attach a policy to an agency",
            description = "An agency has at most 10 policies.")
    void attachAgency(
            @CurrentCaller Caller caller,
            @PathVariable("policy_id") String policyId,
            @RequestBody AgencyIdRequest body) {
        attachments.attachToAgency(caller, policyId, body.agencyId());
    }

    @PostMapping(path = "/policies/{policy_id}/detach-agency", consumes = "application/json")
    @Operation(operationId = "DetachAgencyPolicyV5", summary = "Detach a policy from an agency")
    void detachAgency(
            @CurrentCaller Caller caller,
            @PathVariable("policy_id") String policyId,
            @RequestBody AgencyIdRequest body) {
        attachments.detachFromAgency(caller, policyId, body.agencyId());
    }

    @GetMapping("/users/{user_id}/attached-policies")
    @Operation(operationId = "ListAttachedUserPoliciesV5", summary = "List the policies attached to a user")
    ListAttachedPoliciesResponse listForUser(
            @CurrentCaller Caller caller,
            @PathVariable("user_id") String userId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker) {
        return attached(attachments.listForUser(caller, userId, PageRequest.of(limit, marker)));
    }

    @GetMapping("/groups/{group_id}/attached-policies")
    @Operation(operationId = "ListAttachedGroupPoliciesV5", summary = "List the policies attached to a group")
    ListAttachedPoliciesResponse listForGroup(
            @CurrentCaller Caller caller,
            @PathVariable("group_id") String groupId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker) {
        return attached(attachments.listForGroup(caller, groupId, PageRequest.of(limit, marker)));
    }

    @GetMapping("/agencies/{agency_id}/attached-policies")
    @Operation(operationId = "ListAttachedAgencyPoliciesV5", summary = "List the policies attached to an agency")
    ListAttachedPoliciesResponse listForAgency(
            @CurrentCaller Caller caller,
            @PathVariable("agency_id") String agencyId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker) {
        return attached(attachments.listForAgency(caller, agencyId, PageRequest.of(limit, marker)));
    }

    @GetMapping("/policies/{policy_id}/attached-entities")
    @Operation(
            operationId = "ListEntitiesForPolicyV5",
            summary = "List the agencies, groups and users a policy is attached to",
            description = "Agencies come first, then groups, then users.")
    ListEntitiesResponse listEntities(
            @CurrentCaller Caller caller,
            @PathVariable("policy_id") String policyId,
            @Parameter(description = "user, group or agency") @RequestParam(name = "entity_type", required = false)
                    String entityType,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker) {
        Page<PolicyEntity> page =
                attachments.listEntities(caller, policyId, entityType(entityType), PageRequest.of(limit, marker));
        return new ListEntitiesResponse(
                only(
                        page,
                        PolicyEntity.Type.AGENCY,
                        e -> new PolicyAgencyBody(e.id(), WireTime.seconds(e.attachedAt()))),
                only(page, PolicyEntity.Type.GROUP, e -> new PolicyGroupBody(e.id(), WireTime.seconds(e.attachedAt()))),
                only(page, PolicyEntity.Type.USER, e -> new PolicyUserBody(e.id(), WireTime.seconds(e.attachedAt()))),
                pageInfo(page));
    }

    private static PolicyEntity.Type entityType(String entityType) {
        if (entityType == null) {
            return null;
        }
        return switch (entityType) {
            case "user" -> PolicyEntity.Type.USER;
            case "group" -> PolicyEntity.Type.GROUP;
            case "agency" -> PolicyEntity.Type.AGENCY;
            default -> throw InvalidInputException.parameter("entity_type", "user, group or agency");
        };
    }

    private static <T> List<T> only(Page<PolicyEntity> page, PolicyEntity.Type type, Function<PolicyEntity, T> body) {
        return page.items().stream()
                .filter(entity -> entity.type() == type)
                .map(body)
                .toList();
    }

    private static ListAttachedPoliciesResponse attached(Page<AttachedPolicyView> page) {
        return new ListAttachedPoliciesResponse(
                page.items().stream().map(AttachedPolicyBody::of).toList(), pageInfo(page));
    }

    private static PageInfo pageInfo(Page<?> page) {
        return new PageInfo(page.nextMarker(), page.items().size());
    }
}
