package org.iamemulator.huawei.sts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.sts.FederatedAssumeRequest;
import org.iamemulator.core.sts.FederatedAssumption;
import org.iamemulator.huawei.sts.StsDtos.AssumeAgencyResponse;
import org.iamemulator.huawei.sts.StsDtos.AssumedAgencyBody;
import org.iamemulator.huawei.sts.StsDtos.CredentialsBody;

/** The bodies of STS5 AssumeAgencyWithOIDC and AssumeAgencyWithSAML, field for field as the SDK's models. */
final class FederatedAssumeDtos {

    private FederatedAssumeDtos() {}

    @Schema(name = "AssumeAgencyWithOIDCReqBody")
    record OidcBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("provider_urn")
            String providerUrn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("agency_urn")
            String agencyUrn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("agency_session_name")
            String agencySessionName,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("id_token")
            String idToken,

            @JsonProperty("duration_seconds") Integer durationSeconds,
            String policy,
            @JsonProperty("policy_ids") List<String> policyIds) {

        FederatedAssumeRequest toRequest() {
            return new FederatedAssumeRequest(
                    providerUrn, agencyUrn, agencySessionName, idToken, durationSeconds, policy, policyIds);
        }
    }

    @Schema(name = "AssumeAgencyWithSAMLReqBody")
    record SamlBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("provider_urn")
            String providerUrn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("agency_urn")
            String agencyUrn,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("agency_session_name")
            String agencySessionName,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "base64 SAML Response")
            @JsonProperty("saml_assertion")
            String samlAssertion,

            @JsonProperty("duration_seconds") Integer durationSeconds,
            String policy,
            @JsonProperty("policy_ids") List<String> policyIds) {

        FederatedAssumeRequest toRequest() {
            return new FederatedAssumeRequest(
                    providerUrn, agencyUrn, agencySessionName, samlAssertion, durationSeconds, policy, policyIds);
        }
    }

    @Schema(name = "AssumeAgencyWithOIDCResponse")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OidcResponse(
            @JsonProperty("assumed_agency") AssumedAgencyBody assumedAgency,
            CredentialsBody credentials,
            String audience,
            String provider,
            @JsonProperty("subject_from_id_token") String subjectFromIdToken) {

        static OidcResponse of(FederatedAssumption assumption) {
            AssumeAgencyResponse common = AssumeAgencyResponse.of(assumption.assumed());
            return new OidcResponse(
                    common.assumedAgency(),
                    common.credentials(),
                    assumption.identity().audience(),
                    assumption.identity().providerUrn(),
                    assumption.identity().subject());
        }
    }

    @Schema(name = "AssumeAgencyWithSAMLResponse")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SamlResponse(
            @JsonProperty("assumed_agency") AssumedAgencyBody assumedAgency,
            CredentialsBody credentials,
            String audience,
            String issuer,
            @JsonProperty("name_qualifier") String nameQualifier,
            String subject,
            @JsonProperty("subject_type") String subjectType) {

        static SamlResponse of(FederatedAssumption assumption) {
            AssumeAgencyResponse common = AssumeAgencyResponse.of(assumption.assumed());
            return new SamlResponse(
                    common.assumedAgency(),
                    common.credentials(),
                    assumption.identity().audience(),
                    assumption.identity().issuer(),
                    assumption.identity().nameQualifier(),
                    assumption.identity().subject(),
                    assumption.identity().subjectType());
        }
    }
}
