package org.iamemulator.huawei.federation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.federation.OidcProviderView;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.TagBody;
import org.iamemulator.web.WireTime;

/** The request and response bodies of the v5 OIDC provider APIs, field for field as the SDK's models. */
final class OidcProviderDtos {

    private OidcProviderDtos() {}

    /** {@code OidcProvider}; tags are sent by ShowOIDCProviderV5 only. The signing keys are not shown. */
    @Schema(name = "OidcProvider")
    record OidcProviderBody(
            @JsonProperty("provider_id") String providerId,
            String name,
            String description,

            @Schema(example = "https://token.actions.githubusercontent.com")
            String url,

            @Schema(example = "iam::accountid:oidc-provider:github")
            String urn,

            @JsonProperty("client_ids") List<String> clientIds,
            List<String> thumbprints,

            @Schema(example = "2023-04-26T03:49:42Z") @JsonProperty("created_at")
            String createdAt,

            @JsonInclude(JsonInclude.Include.NON_NULL) List<TagBody> tags) {

        static OidcProviderBody summary(OidcProviderView provider) {
            return of(provider, null);
        }

        static OidcProviderBody withTags(OidcProviderView provider) {
            return of(provider, TagBody.of(provider.tags()));
        }

        private static OidcProviderBody of(OidcProviderView provider, List<TagBody> tags) {
            return new OidcProviderBody(
                    provider.id(),
                    provider.name(),
                    provider.description(),
                    provider.url(),
                    provider.urn(),
                    provider.clientIds(),
                    provider.thumbprints(),
                    WireTime.seconds(provider.createdAt()),
                    tags);
        }
    }

    @Schema(name = "OidcProviderResponse", description = "Answer of CreateOIDCProviderV5 and ShowOIDCProviderV5")
    record OidcProviderResponse(
            @JsonProperty("oidc_provider") OidcProviderBody oidcProvider) {}

    @Schema(name = "ListOIDCProvidersV5Response")
    record ListOidcProvidersResponse(
            @JsonProperty("oidc_providers") List<OidcProviderBody> oidcProviders,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(name = "CreateOIDCProviderReqBody")
    record CreateOidcProviderRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The issuer (iss) of the ID tokens")
            String url,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("client_ids")
            List<String> clientIds,

            List<String> thumbprints,
            String description,

            @Schema(description = "Emulator only: the provider's signing keys as a JWKS document (a JSON string)")
            String jwks) {}

    @Schema(name = "UpdateOIDCProviderReqBody")
    record UpdateOidcProviderRequest(
            String description,

            @Schema(description = "Emulator only: replaces the provider's signing keys (a JWKS document as a string)")
            String jwks) {}

    @Schema(name = "UpdateOIDCProviderThumbprintReqBody")
    record UpdateThumbprintsRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> thumbprints) {}

    @Schema(name = "OIDCProviderClientIdReqBody")
    record ClientIdRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("client_id")
            String clientId) {}
}
