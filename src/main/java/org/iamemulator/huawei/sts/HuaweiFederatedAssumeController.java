package org.iamemulator.huawei.sts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.sts.FederatedAssumeService;
import org.iamemulator.huawei.sts.FederatedAssumeDtos.OidcBody;
import org.iamemulator.huawei.sts.FederatedAssumeDtos.OidcResponse;
import org.iamemulator.huawei.sts.FederatedAssumeDtos.SamlBody;
import org.iamemulator.huawei.sts.FederatedAssumeDtos.SamlResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * STS5 AssumeAgencyWithOIDC and AssumeAgencyWithSAML: called without credentials (the authentication pipeline lets
 * these two paths through); the ID token or SAML assertion is the proof, the agency's trust policy the only check.
 */
@RestController
@Tag(name = "STS5")
class HuaweiFederatedAssumeController {

    private final FederatedAssumeService federated;

    HuaweiFederatedAssumeController(FederatedAssumeService federated) {
        this.federated = federated;
    }

    @PostMapping(path = "/v5/agencies/assume-with-oidc", consumes = "application/json", produces = "application/json")
    @Operation(
            operationId = "AssumeAgencyWithOIDC",
            summary = "Temporary credentials for an OIDC ID token",
            description = "Unsigned. The token must verify with the provider's JWKS; the agency's trust policy must"
                    + " allow Identity_provider <provider urn> (condition keys oidc:iss, oidc:sub, oidc:aud). 200.")
    OidcResponse assumeWithOidc(@RequestBody OidcBody body) {
        return OidcResponse.of(federated.assumeWithOidc(body.toRequest()));
    }

    @PostMapping(path = "/v5/agencies/assume-with-saml", consumes = "application/json", produces = "application/json")
    @Operation(
            operationId = "AssumeAgencyWithSAML",
            summary = "Temporary credentials for a signed SAML assertion",
            description = "Unsigned. The Response must be signed by the provider's metadata certificate; the"
                    + " agency's trust policy must allow Identity_provider <provider urn> (saml:sub, saml:sub_type,"
                    + " saml:namequalifier, saml:aud, saml:iss). 200.")
    SamlResponse assumeWithSaml(@RequestBody SamlBody body) {
        return SamlResponse.of(federated.assumeWithSaml(body.toRequest()));
    }
}
