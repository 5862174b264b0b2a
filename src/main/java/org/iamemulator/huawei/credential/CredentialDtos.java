package org.iamemulator.huawei.credential;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.credential.AccessKeyView;
import org.iamemulator.core.credential.LoginProfileView;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.web.WireTime;

/** Bodies of the v5 access key and login profile APIs. */
final class CredentialDtos {

    private CredentialDtos() {}

    /** {@code AccessKey} when created (with the secret), {@code AccessKeyMetadata} otherwise. */
    @Schema(name = "AccessKey", description = "secret_access_key is sent once, by CreateAccessKeyV5")
    record AccessKeyBody(
            @JsonProperty("user_id") String userId,

            @Schema(example = "P83EVBZJMXCYTMUIIV7P") @JsonProperty("access_key_id")
            String accessKeyId,

            @Schema(example = "2023-09-13T06:51:20Z") @JsonProperty("created_at")
            String createdAt,

            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("secret_access_key")
            String secretAccessKey,

            @Schema(allowableValues = {"active", "inactive"})
            String status) {

        static AccessKeyBody of(AccessKeyView key) {
            return new AccessKeyBody(
                    key.userId(),
                    key.accessKeyId(),
                    WireTime.seconds(key.createdAt()),
                    key.secretKey(),
                    key.status().wireName());
        }
    }

    record AccessKeyResponse(@JsonProperty("access_key") AccessKeyBody accessKey) {}

    record ListAccessKeysResponse(
            @JsonProperty("access_keys") List<AccessKeyBody> accessKeys,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    record UpdateAccessKeyRequest(
            @Schema(allowableValues = {"active", "inactive"})
            String status) {}

    record AccessKeyLastUsedBody(
            @Schema(nullable = true) @JsonProperty("last_used_at")
            String lastUsedAt) {}

    record AccessKeyLastUsedResponse(
            @JsonProperty("access_key_last_used") AccessKeyLastUsedBody lastUsed) {}

    @Schema(name = "LoginProfile")
    record LoginProfileBody(
            @JsonProperty("user_id") String userId,
            @JsonProperty("password_reset_required") boolean passwordResetRequired,

            @Schema(nullable = true, description = "passwords do not expire in the emulator")
            @JsonProperty("password_expires_at")
            String passwordExpiresAt,

            @JsonProperty("created_at") String createdAt) {

        static LoginProfileBody of(LoginProfileView profile) {
            return new LoginProfileBody(
                    profile.userId(), profile.passwordResetRequired(), null, WireTime.seconds(profile.createdAt()));
        }
    }

    record LoginProfileResponse(
            @JsonProperty("login_profile") LoginProfileBody loginProfile) {}

    record LoginProfileRequest(
            @Schema(description = "8 to 32 characters") String password,
            @JsonProperty("password_reset_required") Boolean passwordResetRequired) {}
}
