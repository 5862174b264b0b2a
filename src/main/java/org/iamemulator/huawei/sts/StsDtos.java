package org.iamemulator.huawei.sts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.sts.AssumeAgencyRequest;
import org.iamemulator.core.sts.AssumedAgency;
import org.iamemulator.core.sts.CallerIdentity;
import org.iamemulator.web.WireTime;

/** The STS5 request and response bodies, field for field as the real service's. */
final class StsDtos {

    private StsDtos() {}

    @Schema(name = "GetCallerIdentityResponse")
    record CallerIdentityResponse(
            @JsonProperty("account_id") String accountId,
            @JsonProperty("principal_urn") String principalUrn,
            @JsonProperty("principal_id") String principalId) {

        static CallerIdentityResponse of(CallerIdentity identity) {
            return new CallerIdentityResponse(identity.accountId(), identity.principalUrn(), identity.principalId());
        }
    }

    @Schema(name = "AssumeAgencyReqBody")
    record AssumeAgencyBody(
            @JsonProperty("agency_urn") String agencyUrn,
            @JsonProperty("agency_session_name") String agencySessionName,
            @JsonProperty("duration_seconds") Integer durationSeconds,
            @JsonProperty("external_id") String externalId,
            @JsonProperty("policy") String policy,
            @JsonProperty("policy_ids") List<String> policyIds,
            @JsonProperty("serial_number") String serialNumber,
            @JsonProperty("token_code") String tokenCode,
            @JsonProperty("source_identity") String sourceIdentity,
            @JsonProperty("tags") List<SessionTagBody> tags,
            @JsonProperty("transitive_tag_keys") List<String> transitiveTagKeys) {

        AssumeAgencyRequest toRequest() {
            return new AssumeAgencyRequest(
                    agencyUrn,
                    agencySessionName,
                    durationSeconds,
                    externalId,
                    policy,
                    policyIds,
                    serialNumber,
                    tokenCode,
                    sourceIdentity,
                    tags == null
                            ? null
                            : tags.stream()
                                    .map(tag -> tag == null
                                            ? null
                                            : new AssumeAgencyRequest.SessionTag(tag.key(), tag.value()))
                                    .toList(),
                    transitiveTagKeys);
        }
    }

    @Schema(name = "AssumeAgencyTag")
    record SessionTagBody(
            @JsonProperty("key") String key,
            @JsonProperty("value") String value) {}

    @Schema(name = "AssumeAgencyResponse")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AssumeAgencyResponse(
            @JsonProperty("source_identity") String sourceIdentity,
            @JsonProperty("assumed_agency") AssumedAgencyBody assumedAgency,
            @JsonProperty("credentials") CredentialsBody credentials) {

        static AssumeAgencyResponse of(AssumedAgency assumed) {
            return new AssumeAgencyResponse(
                    assumed.sourceIdentity(),
                    new AssumedAgencyBody(assumed.urn(), assumed.id()),
                    new CredentialsBody(
                            assumed.credentials().accessKeyId(),
                            WireTime.seconds(assumed.credentials().expiresAt()),
                            assumed.credentials().secretKey(),
                            assumed.credentials().securityToken()));
        }
    }

    @Schema(name = "AssumedAgency")
    record AssumedAgencyBody(
            @JsonProperty("urn") String urn,
            @JsonProperty("id") String id) {}

    @Schema(name = "Credentials")
    record CredentialsBody(
            @JsonProperty("access_key_id") String accessKeyId,
            @JsonProperty("expiration") String expiration,
            @JsonProperty("secret_access_key") String secretAccessKey,
            @JsonProperty("security_token") String securityToken) {}
}
