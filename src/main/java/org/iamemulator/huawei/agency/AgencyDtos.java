package org.iamemulator.huawei.agency;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.agency.AgencyView;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.TagBody;
import org.iamemulator.web.WireTime;

/** The request and response bodies of the v5 agency APIs, field for field as the SDK's models. */
final class AgencyDtos {

    private AgencyDtos() {}

    /**
     * {@code TrustAgency}/{@code Agency} in create and list answers, {@code AgencyEx} (with tags) in GetAgencyV5.
     * {@code trust_domain_id}/{@code trust_domain_name} belong to classic agencies, which the emulator has not.
     */
    @Schema(name = "AgencyEx", description = "An agency; tags are sent by GetAgencyV5 only")
    record AgencyBody(
            @Schema(example = "iam::accountid:agency:team/dev-deployer")
            String urn,

            @JsonProperty("trust_policy") String trustPolicy,

            @Schema(example = "2023-04-26T03:49:42Z") @JsonProperty("created_at")
            String createdAt,

            String description,
            @JsonProperty("max_session_duration") int maxSessionDuration,
            String path,
            @JsonProperty("agency_id") String agencyId,
            @JsonProperty("agency_name") String agencyName,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<TagBody> tags) {

        static AgencyBody summary(AgencyView agency) {
            return of(agency, null);
        }

        static AgencyBody withTags(AgencyView agency) {
            return of(agency, TagBody.of(agency.tags()));
        }

        private static AgencyBody of(AgencyView agency, List<TagBody> tags) {
            return new AgencyBody(
                    agency.urn(),
                    agency.trustPolicy(),
                    WireTime.seconds(agency.createdAt()),
                    agency.description(),
                    agency.maxSessionDuration(),
                    agency.path(),
                    agency.id(),
                    agency.name(),
                    tags);
        }
    }

    @Schema(
            name = "AgencyResponse",
            description = "Answer of CreateAgencyV5, GetAgencyV5 and CreateServiceLinkedAgencyV5")
    record AgencyResponse(AgencyBody agency) {}

    @Schema(name = "ListAgenciesV5Response")
    record ListAgenciesResponse(
            List<AgencyBody> agencies,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(name = "CreateAgencyReqBody")
    record CreateAgencyRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("agency_name")
            String agencyName,

            @Schema(example = "team/dev/") String path,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The trust policy as a JSON string")
            @JsonProperty("trust_policy")
            String trustPolicy,

            @Schema(description = "3600 to 43200 seconds, default 3600") @JsonProperty("max_session_duration")
            Integer maxSessionDuration,

            String description) {}

    @Schema(name = "UpdateAgencyReqBody")
    record UpdateAgencyRequest(
            @JsonProperty("max_session_duration") Integer maxSessionDuration, String description) {}

    @Schema(name = "UpdateTrustPolicyReqBody")
    record UpdateTrustPolicyRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("trust_policy")
            String trustPolicy) {}

    @Schema(name = "CreateServiceLinkedAgencyReqBody")
    record CreateServiceLinkedAgencyRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "service.APIG")
            @JsonProperty("service_principal")
            String servicePrincipal,

            String description) {}

    @Schema(name = "DeleteServiceLinkedAgencyV5Response")
    record DeletionTaskResponse(
            @JsonProperty("deletion_task_id") String deletionTaskId) {}

    @Schema(
            name = "GetServiceLinkedAgencyDeletionStatusV5Response",
            description = "The emulator deletes at once: every known task has succeeded")
    record DeletionStatusResponse(String status) {}
}
