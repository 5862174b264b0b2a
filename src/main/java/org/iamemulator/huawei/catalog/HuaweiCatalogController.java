package org.iamemulator.huawei.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.catalog.CatalogService;
import org.iamemulator.core.catalog.ServicePrincipal;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.catalog.CatalogDtos.RegisteredServicesResponse;
import org.iamemulator.huawei.catalog.CatalogDtos.SchemaResponse;
import org.iamemulator.huawei.catalog.CatalogDtos.ServicePrincipalBody;
import org.iamemulator.huawei.catalog.CatalogDtos.ServicePrincipalsResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Huawei IAM v5 authorization-schema and service-principal APIs: read-only reference data, no permission needed. */
@RestController
@RequestMapping(path = "/v5", produces = "application/json")
@Tag(name = "Authorization catalog (Huawei IAM v5)")
class HuaweiCatalogController {

    private final CatalogService catalog;

    HuaweiCatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/authorization-schemas/services/{service_code}")
    @Operation(
            operationId = "GetAuthorizationSchemaV5",
            summary = "The actions, resource types, condition keys and" + " operations of a service",
            description = "Services: iam and sts; another code answers 404.")
    SchemaResponse schema(@PathVariable("service_code") String serviceCode) {
        return SchemaResponse.of(catalog.schema(serviceCode));
    }

    @GetMapping("/authorization-schemas/registered-services")
    @Operation(
            operationId = "ListRegisteredServicesForAuthSchemaV5",
            summary = "The services that have an authorization schema")
    RegisteredServicesResponse registeredServices(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String marker) {
        Page<String> page = catalog.registeredServices(PageRequest.of(limit, marker));
        return new RegisteredServicesResponse(
                page.items(), new PageInfo(page.nextMarker(), page.items().size()));
    }

    @GetMapping("/service-principals")
    @Operation(
            operationId = "ListServicePrincipalsV5",
            summary = "The service principals agencies can trust",
            description = "A fixed list (docs/authorization.md).")
    ServicePrincipalsResponse servicePrincipals(
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker,
            @Parameter(description = "zh-cn (default) or en-us") @RequestHeader(name = "X-Language", required = false)
                    String language) {
        boolean english = english(language);
        Page<ServicePrincipal> page = catalog.servicePrincipals(PageRequest.of(limit, marker));
        return new ServicePrincipalsResponse(
                page.items().stream()
                        .map(principal -> ServicePrincipalBody.of(principal, english))
                        .toList(),
                new PageInfo(page.nextMarker(), page.items().size()));
    }

    private static boolean english(String language) {
        if (language == null || language.equalsIgnoreCase("zh-cn")) {
            return false;
        }
        if (language.equalsIgnoreCase("en-us")) {
            return true;
        }
        throw InvalidInputException.parameter("X-Language", "zh-cn or en-us");
    }
}
