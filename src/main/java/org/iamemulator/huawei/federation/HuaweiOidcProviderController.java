package org.iamemulator.huawei.federation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.federation.NewOidcProvider;
import org.iamemulator.core.federation.OidcProviderService;
import org.iamemulator.core.federation.OidcProviderView;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.federation.OidcProviderDtos.ClientIdRequest;
import org.iamemulator.huawei.federation.OidcProviderDtos.CreateOidcProviderRequest;
import org.iamemulator.huawei.federation.OidcProviderDtos.ListOidcProvidersResponse;
import org.iamemulator.huawei.federation.OidcProviderDtos.OidcProviderBody;
import org.iamemulator.huawei.federation.OidcProviderDtos.OidcProviderResponse;
import org.iamemulator.huawei.federation.OidcProviderDtos.UpdateOidcProviderRequest;
import org.iamemulator.huawei.federation.OidcProviderDtos.UpdateThumbprintsRequest;
import org.iamemulator.web.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Huawei IAM v5 OIDC identity provider APIs. */
@RestController
@RequestMapping(path = "/v5/oidc-providers", produces = "application/json")
@Tag(name = "OIDC providers (Huawei IAM v5)")
class HuaweiOidcProviderController {

    private final OidcProviderService providers;

    HuaweiOidcProviderController(OidcProviderService providers) {
        this.providers = providers;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "CreateOIDCProviderV5",
            summary = "Register an OIDC identity provider",
            description = "Action iam:oidcProviders:createV5. At most 100 per account. The emulator's own field"
                    + " jwks gives the provider's signing keys.")
    OidcProviderResponse create(@CurrentCaller Caller caller, @RequestBody CreateOidcProviderRequest body) {
        return new OidcProviderResponse(OidcProviderBody.summary(providers.create(
                caller,
                new NewOidcProvider(
                        body.name(),
                        body.url(),
                        body.clientIds(),
                        body.thumbprints(),
                        body.description(),
                        body.jwks()))));
    }

    @GetMapping("/{provider_id}")
    @Operation(
            operationId = "ShowOIDCProviderV5",
            summary = "Query an OIDC provider with its tags",
            description = "Action iam:oidcProviders:getV5, condition key g:ResourceTag.")
    OidcProviderResponse show(@CurrentCaller Caller caller, @PathVariable("provider_id") String providerId) {
        return new OidcProviderResponse(OidcProviderBody.withTags(providers.show(caller, providerId)));
    }

    @GetMapping
    @Operation(
            operationId = "ListOIDCProvidersV5",
            summary = "List OIDC providers",
            description = "Action iam:oidcProviders:listV5.")
    ListOidcProvidersResponse list(
            @CurrentCaller Caller caller,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker) {
        Page<OidcProviderView> page = providers.list(caller, PageRequest.of(limit, marker));
        return new ListOidcProvidersResponse(
                page.items().stream().map(OidcProviderBody::summary).toList(),
                new PageInfo(page.nextMarker(), page.items().size()));
    }

    @PutMapping(path = "/{provider_id}", consumes = "application/json")
    @Operation(
            operationId = "UpdateOIDCProviderV5",
            summary = "Change an OIDC provider's description (or keys)",
            description = "Action iam:oidcProviders:updateV5, condition key g:ResourceTag. Answers no body.")
    void update(
            @CurrentCaller Caller caller,
            @PathVariable("provider_id") String providerId,
            @RequestBody UpdateOidcProviderRequest body) {
        providers.update(caller, providerId, body.description(), body.jwks());
    }

    @PutMapping(path = "/{provider_id}/thumbprint", consumes = "application/json")
    @Operation(
            operationId = "UpdateOIDCProviderThumbprintV5",
            summary = "Replace an OIDC provider's thumbprints",
            description = "Action iam:oidcProviders:updateThumbprintV5, condition key g:ResourceTag.")
    void updateThumbprints(
            @CurrentCaller Caller caller,
            @PathVariable("provider_id") String providerId,
            @RequestBody UpdateThumbprintsRequest body) {
        providers.updateThumbprints(caller, providerId, body.thumbprints());
    }

    @PostMapping(path = "/{provider_id}/add-client-id", consumes = "application/json")
    @Operation(
            operationId = "AddClientIDToOIDCProviderV5",
            summary = "Register one more client id (audience)",
            description = "Action iam:oidcProviders:addClientIdV5, condition key g:ResourceTag.")
    void addClientId(
            @CurrentCaller Caller caller,
            @PathVariable("provider_id") String providerId,
            @RequestBody ClientIdRequest body) {
        providers.addClientId(caller, providerId, body.clientId());
    }

    @PostMapping(path = "/{provider_id}/remove-client-id", consumes = "application/json")
    @Operation(
            operationId = "RemoveClientIDFromOIDCProviderV5",
            summary = "Remove a client id (audience)",
            description = "Action iam:oidcProviders:removeClientIdV5, condition key g:ResourceTag.")
    void removeClientId(
            @CurrentCaller Caller caller,
            @PathVariable("provider_id") String providerId,
            @RequestBody ClientIdRequest body) {
        providers.removeClientId(caller, providerId, body.clientId());
    }

    @DeleteMapping("/{provider_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "DeleteOIDCProviderV5",
            summary = "Delete an OIDC provider",
            description = "Action iam:oidcProviders:deleteV5, condition key g:ResourceTag.")
    void delete(@CurrentCaller Caller caller, @PathVariable("provider_id") String providerId) {
        providers.delete(caller, providerId);
    }
}
