package org.iamemulator.huawei.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.policy.AttachedPolicyView;
import org.iamemulator.core.policy.PolicyVersionView;
import org.iamemulator.core.policy.PolicyView;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.web.WireTime;

/** The request and response bodies of the v5 policy APIs, field for field as the SDK's models. */
final class PolicyDtos {

    private PolicyDtos() {}

    @Schema(name = "Policy")
    record PolicyBody(
            @Schema(example = "custom") @JsonProperty("policy_type")
            String policyType,

            @JsonProperty("policy_name") String policyName,
            @JsonProperty("policy_id") String policyId,

            @Schema(example = "iam::accountid:policy:path/name")
            String urn,

            String path,

            @Schema(example = "v1") @JsonProperty("default_version_id")
            String defaultVersionId,

            @JsonProperty("attachment_count") int attachmentCount,
            String description,

            @Schema(example = "2023-04-26T03:49:42Z") @JsonProperty("created_at")
            String createdAt,

            @Schema(example = "2023-04-26T03:49:42Z") @JsonProperty("updated_at")
            String updatedAt) {

        static PolicyBody of(PolicyView policy) {
            return new PolicyBody(
                    policy.type(),
                    policy.name(),
                    policy.id(),
                    policy.urn(),
                    policy.path(),
                    policy.defaultVersionId(),
                    policy.attachmentCount(),
                    policy.description(),
                    WireTime.seconds(policy.createdAt()),
                    WireTime.seconds(policy.updatedAt()));
        }
    }

    @Schema(name = "PolicyResponse", description = "Answer of CreatePolicyV5 and GetPolicyV5")
    record PolicyResponse(PolicyBody policy) {}

    @Schema(name = "ListPoliciesV5Response")
    record ListPoliciesResponse(
            List<PolicyBody> policies,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(name = "PolicyVersion")
    record PolicyVersionBody(
            @Schema(description = "The policy document as a JSON string")
            String document,

            @Schema(example = "v1") @JsonProperty("version_id")
            String versionId,

            @JsonProperty("is_default") boolean isDefault,
            @JsonProperty("created_at") String createdAt) {

        static PolicyVersionBody of(PolicyVersionView version) {
            return new PolicyVersionBody(
                    version.document(),
                    version.versionId(),
                    version.isDefault(),
                    WireTime.seconds(version.createdAt()));
        }
    }

    @Schema(name = "PolicyVersionResponse", description = "Answer of CreatePolicyVersionV5 and GetPolicyVersionV5")
    record PolicyVersionResponse(
            @JsonProperty("policy_version") PolicyVersionBody policyVersion) {}

    @Schema(name = "ListPolicyVersionsV5Response")
    record ListPolicyVersionsResponse(
            List<PolicyVersionBody> versions,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(name = "AttachedPolicy")
    record AttachedPolicyBody(
            @JsonProperty("policy_name") String policyName,
            @JsonProperty("policy_id") String policyId,
            String urn,
            @JsonProperty("attached_at") String attachedAt) {

        static AttachedPolicyBody of(AttachedPolicyView policy) {
            return new AttachedPolicyBody(
                    policy.policyName(), policy.policyId(), policy.urn(), WireTime.seconds(policy.attachedAt()));
        }
    }

    @Schema(
            name = "ListAttachedPoliciesV5Response",
            description = "Answer of ListAttached{User,Group,Agency}PoliciesV5")
    record ListAttachedPoliciesResponse(
            @JsonProperty("attached_policies") List<AttachedPolicyBody> attachedPolicies,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(name = "PolicyUser")
    record PolicyUserBody(
            @JsonProperty("user_id") String userId,
            @JsonProperty("attached_at") String attachedAt) {}

    @Schema(name = "PolicyGroup")
    record PolicyGroupBody(
            @JsonProperty("group_id") String groupId,
            @JsonProperty("attached_at") String attachedAt) {}

    @Schema(name = "PolicyAgency")
    record PolicyAgencyBody(
            @JsonProperty("agency_id") String agencyId,
            @JsonProperty("attached_at") String attachedAt) {}

    @Schema(name = "ListEntitiesForPolicyV5Response")
    record ListEntitiesResponse(
            @JsonProperty("policy_agencies") List<PolicyAgencyBody> policyAgencies,
            @JsonProperty("policy_groups") List<PolicyGroupBody> policyGroups,
            @JsonProperty("policy_users") List<PolicyUserBody> policyUsers,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(name = "CreatePolicyReqBody")
    record CreatePolicyRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("policy_name")
            String policyName,

            @Schema(example = "team/dev/") String path,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The document as a JSON string")
            @JsonProperty("policy_document")
            String policyDocument,

            String description) {}

    @Schema(name = "CreatePolicyVersionReqBody")
    record CreatePolicyVersionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("policy_document")
            String policyDocument,

            @Schema(description = "default false") @JsonProperty("set_as_default")
            Boolean setAsDefault) {}

    @Schema(name = "AttachUserPolicyReqBody", description = "Body of AttachUserPolicyV5 and DetachUserPolicyV5")
    record UserIdRequest(@JsonProperty("user_id") String userId) {}

    @Schema(name = "AttachGroupPolicyReqBody", description = "Body of AttachGroupPolicyV5 and DetachGroupPolicyV5")
    record GroupIdRequest(@JsonProperty("group_id") String groupId) {}

    @Schema(name = "AttachAgencyPolicyReqBody", description = "Body of AttachAgencyPolicyV5 and DetachAgencyPolicyV5")
    record AgencyIdRequest(@JsonProperty("agency_id") String agencyId) {}
}
