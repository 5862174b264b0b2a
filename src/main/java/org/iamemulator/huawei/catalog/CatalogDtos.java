package org.iamemulator.huawei.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.catalog.ActionResource;
import org.iamemulator.core.catalog.CatalogAction;
import org.iamemulator.core.catalog.CatalogOperation;
import org.iamemulator.core.catalog.ConditionKey;
import org.iamemulator.core.catalog.ResourceType;
import org.iamemulator.core.catalog.ServiceCatalog;
import org.iamemulator.core.catalog.ServicePrincipal;
import org.iamemulator.core.catalog.Text;
import org.iamemulator.huawei.PageInfo;

/** The bodies of the v5 authorization-schema and service-principal APIs, field for field as the SDK's models. */
final class CatalogDtos {

    private CatalogDtos() {}

    @Schema(name = "Description")
    record DescriptionBody(
            @JsonProperty("en_US") String enUs,
            @JsonProperty("zh_CN") String zhCn) {

        static DescriptionBody of(Text text) {
            return new DescriptionBody(text.enUs(), text.zhCn());
        }
    }

    @Schema(name = "ActionAssociatedResource")
    record ActionResourceBody(
            @JsonProperty("urn_template") String urnTemplate,
            boolean required,
            @JsonProperty("condition_keys") List<String> conditionKeys) {

        static ActionResourceBody of(ActionResource resource) {
            return new ActionResourceBody(resource.type().urnTemplate(), resource.required(), resource.conditionKeys());
        }
    }

    @Schema(name = "Action")
    record ActionBody(
            String name,

            @Schema(allowableValues = {"list", "read", "write", "permission_management", "tagging"})
            @JsonProperty("access_level")
            String accessLevel,

            @JsonProperty("permission_only") boolean permissionOnly,
            DescriptionBody description,
            List<String> aliases,
            List<ActionResourceBody> resources,
            @JsonProperty("condition_keys") List<String> conditionKeys) {

        static ActionBody of(CatalogAction action) {
            return new ActionBody(
                    action.name(),
                    action.accessLevel().wireName(),
                    action.permissionOnly(),
                    DescriptionBody.of(action.description()),
                    List.of(),
                    action.resources().stream().map(ActionResourceBody::of).toList(),
                    action.conditionKeys());
        }
    }

    @Schema(name = "Resource")
    record ResourceBody(
            @JsonProperty("type_name") String typeName,
            @JsonProperty("urn_template") String urnTemplate) {

        static ResourceBody of(ResourceType type) {
            return new ResourceBody(type.typeName(), type.urnTemplate());
        }
    }

    @Schema(name = "Condition")
    record ConditionBody(
            String key,

            @Schema(allowableValues = {"string", "numeric", "date", "boolean", "ip_address"})
            @JsonProperty("value_type")
            String valueType,

            @JsonProperty("multi_valued") boolean multiValued,
            DescriptionBody description) {

        static ConditionBody of(ConditionKey key) {
            return new ConditionBody(
                    key.key(), key.valueType().wireName(), key.multiValued(), DescriptionBody.of(key.description()));
        }
    }

    @Schema(name = "Operation")
    record OperationBody(
            @JsonProperty("operation_id") String operationId,
            @JsonProperty("operation_action") String operationAction,
            @JsonProperty("dependent_actions") List<String> dependentActions) {

        static OperationBody of(CatalogOperation operation) {
            return new OperationBody(operation.operationId(), operation.action(), operation.dependentActions());
        }
    }

    @Schema(name = "GetAuthorizationSchemaV5Response")
    record SchemaResponse(
            String version,
            List<ActionBody> actions,
            List<ResourceBody> resources,
            List<ConditionBody> conditions,
            List<OperationBody> operations) {

        /** Operations that need no action are left out: the schema pairs operations with their actions. */
        static SchemaResponse of(ServiceCatalog service) {
            return new SchemaResponse(
                    service.version(),
                    service.actions().stream().map(ActionBody::of).toList(),
                    service.resources().stream().map(ResourceBody::of).toList(),
                    service.conditions().stream().map(ConditionBody::of).toList(),
                    service.operations().stream()
                            .filter(operation -> operation.action() != null)
                            .map(OperationBody::of)
                            .toList());
        }
    }

    @Schema(name = "ListRegisteredServicesForAuthSchemaV5Response")
    record RegisteredServicesResponse(
            @JsonProperty("service_codes") List<String> serviceCodes,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(name = "ServicePrincipalMetadata")
    record ServicePrincipalBody(
            @JsonProperty("service_principal") String servicePrincipal,
            @JsonProperty("service_catalog") String serviceCatalog,
            @JsonProperty("display_name") String displayName,
            String description) {

        static ServicePrincipalBody of(ServicePrincipal principal, boolean english) {
            return new ServicePrincipalBody(
                    principal.principal(),
                    text(principal.catalog(), english),
                    text(principal.displayName(), english),
                    text(principal.description(), english));
        }

        private static String text(Text text, boolean english) {
            return english ? text.enUs() : text.zhCn();
        }
    }

    @Schema(name = "ListServicePrincipalsV5Response")
    record ServicePrincipalsResponse(
            @JsonProperty("service_principals") List<ServicePrincipalBody> servicePrincipals,
            @JsonProperty("page_info") PageInfo pageInfo) {}
}
