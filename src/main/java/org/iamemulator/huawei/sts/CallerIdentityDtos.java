package org.iamemulator.huawei.sts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.iamemulator.core.sts.CallerIdentity;

/** GetCallerIdentity's response, field for field as the real STS5. */
final class CallerIdentityDtos {

    private CallerIdentityDtos() {
    }

    @Schema(name = "GetCallerIdentityResponse")
    record CallerIdentityResponse(@JsonProperty("account_id") String accountId,
            @JsonProperty("principal_urn") String principalUrn, @JsonProperty("principal_id") String principalId) {

        static CallerIdentityResponse of(CallerIdentity identity) {
            return new CallerIdentityResponse(identity.accountId(), identity.principalUrn(), identity.principalId());
        }
    }
}
