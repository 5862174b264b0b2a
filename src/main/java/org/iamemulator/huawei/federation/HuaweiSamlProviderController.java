package org.iamemulator.huawei.federation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.federation.SamlProviderService;
import org.iamemulator.core.federation.SamlProviderView;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.federation.SamlProviderDtos.ListSamlProvidersResponse;
import org.iamemulator.huawei.federation.SamlProviderDtos.SamlProviderBody;
import org.iamemulator.huawei.federation.SamlProviderDtos.SamlProviderRequest;
import org.iamemulator.huawei.federation.SamlProviderDtos.SamlProviderResponse;
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

/** Huawei IAM v5 SAML identity provider APIs. */
@RestController
@RequestMapping(path = "/v5/saml-providers", produces = "application/json")
@Tag(name = "SAML providers (Huawei IAM v5)")
class HuaweiSamlProviderController {

    private final SamlProviderService providers;

    HuaweiSamlProviderController(SamlProviderService providers) {
        this.providers = providers;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "CreateSAMLProviderV5",
            summary = "Register a SAML identity provider by its metadata",
            description = "Action iam:samlProviders:createV5. At most 100 per account.")
    SamlProviderResponse create(@CurrentCaller Caller caller, @RequestBody SamlProviderRequest body) {
        return new SamlProviderResponse(SamlProviderBody.summary(providers.create(caller, body.name(), body.change())));
    }

    @GetMapping("/{provider_id}")
    @Operation(
            operationId = "ShowSAMLProviderV5",
            summary = "Query a SAML provider with its tags",
            description = "Action iam:samlProviders:getV5, condition key g:ResourceTag.")
    SamlProviderResponse show(@CurrentCaller Caller caller, @PathVariable("provider_id") String providerId) {
        return new SamlProviderResponse(SamlProviderBody.withTags(providers.show(caller, providerId)));
    }

    @GetMapping
    @Operation(
            operationId = "ListSAMLProvidersV5",
            summary = "List SAML providers",
            description = "Action iam:samlProviders:listV5.")
    ListSamlProvidersResponse list(
            @CurrentCaller Caller caller,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker) {
        Page<SamlProviderView> page = providers.list(caller, PageRequest.of(limit, marker));
        return new ListSamlProvidersResponse(
                page.items().stream().map(SamlProviderBody::summary).toList(),
                new PageInfo(page.nextMarker(), page.items().size()));
    }

    @PutMapping(path = "/{provider_id}", consumes = "application/json")
    @Operation(
            operationId = "UpdateSAMLProviderV5",
            summary = "Change a SAML provider's metadata, encryption mode, private keys or description",
            description = "Action iam:samlProviders:updateV5, condition key g:ResourceTag.")
    SamlProviderResponse update(
            @CurrentCaller Caller caller,
            @PathVariable("provider_id") String providerId,
            @RequestBody SamlProviderRequest body) {
        return new SamlProviderResponse(SamlProviderBody.summary(providers.update(caller, providerId, body.change())));
    }

    @DeleteMapping("/{provider_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "DeleteSAMLProviderV5",
            summary = "Delete a SAML provider",
            description = "Action iam:samlProviders:deleteV5, condition key g:ResourceTag.")
    void delete(@CurrentCaller Caller caller, @PathVariable("provider_id") String providerId) {
        providers.delete(caller, providerId);
    }
}
