package org.iamemulator.huawei.federation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.federation.SamlProviderChange;
import org.iamemulator.core.federation.SamlProviderView;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.TagBody;
import org.iamemulator.web.WireTime;

/** The request and response bodies of the v5 SAML provider APIs, field for field as the SDK's models. */
final class SamlProviderDtos {

    private SamlProviderDtos() {}

    /** {@code SamlProvider}; tags are sent by ShowSAMLProviderV5 only. */
    @Schema(name = "SamlProvider")
    record SamlProviderBody(
            @JsonProperty("provider_id") String providerId,
            String name,
            String description,

            @Schema(example = "iam::accountid:saml-provider:okta")
            String urn,

            @JsonProperty("saml_metadata_document") String samlMetadataDocument,
            @JsonProperty("assertion_encryption_mode") String assertionEncryptionMode,
            @JsonProperty("private_keys") List<PrivateKeyBody> privateKeys,

            @Schema(example = "2023-04-26T03:49:42Z") @JsonProperty("created_at")
            String createdAt,

            @JsonProperty("expires_at") String expiresAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<TagBody> tags) {

        static SamlProviderBody summary(SamlProviderView provider) {
            return of(provider, null);
        }

        static SamlProviderBody withTags(SamlProviderView provider) {
            return of(provider, TagBody.of(provider.tags()));
        }

        private static SamlProviderBody of(SamlProviderView provider, List<TagBody> tags) {
            return new SamlProviderBody(
                    provider.id(),
                    provider.name(),
                    provider.description(),
                    provider.urn(),
                    provider.metadataDocument(),
                    provider.assertionEncryptionMode(),
                    provider.privateKeys().entrySet().stream()
                            .map(key -> new PrivateKeyBody(key.getKey(), WireTime.seconds(key.getValue())))
                            .toList(),
                    WireTime.seconds(provider.createdAt()),
                    WireTime.seconds(provider.expiresAt()),
                    tags);
        }
    }

    @Schema(name = "SamlPrivateKey")
    record PrivateKeyBody(@JsonProperty("key_id") String keyId, String timestamp) {}

    @Schema(
            name = "SamlProviderResponse",
            description = "Answer of CreateSAMLProviderV5, ShowSAMLProviderV5 and UpdateSAMLProviderV5")
    record SamlProviderResponse(
            @JsonProperty("saml_provider") SamlProviderBody samlProvider) {}

    @Schema(name = "ListSAMLProvidersV5Response")
    record ListSamlProvidersResponse(
            @JsonProperty("saml_providers") List<SamlProviderBody> samlProviders,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(
            name = "SAMLProviderReqBody",
            description = "Body of CreateSAMLProviderV5 (name required) and"
                    + " UpdateSAMLProviderV5 (name ignored, all optional)")
    record SamlProviderRequest(
            String name,
            @JsonProperty("saml_metadata_document") String samlMetadataDocument,

            @Schema(description = "Required or Allowed") @JsonProperty("assertion_encryption_mode")
            String assertionEncryptionMode,

            @Schema(description = "PEM RSA private key; only its id is kept") @JsonProperty("add_private_key")
            String addPrivateKey,

            @JsonProperty("remove_private_key") String removePrivateKey,
            String description) {

        SamlProviderChange change() {
            return new SamlProviderChange(
                    samlMetadataDocument, assertionEncryptionMode, addPrivateKey, removePrivateKey, description);
        }
    }
}
