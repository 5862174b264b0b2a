package org.iamemulator.config;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.iamemulator.core.catalog.AuthorizationCatalog;
import org.iamemulator.core.catalog.CatalogAction;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.IamErrorBody;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The OpenAPI documents: one group per API family. The Huawei APIs declare the {@code X-Auth-Token} scheme, so
 * that a person can log in with POST /v3/auth/tokens, paste the token under "Authorize" and try the operations.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String TOKEN_SCHEME = "X-Auth-Token";

    static {
        // the authenticated caller is injected by the emulator, not sent by clients
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI emulatorOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("IAM emulator")
                        .description("Huawei Cloud IAM v5 (and STS5, token) APIs as the real service answers them,"
                                + " plus the emulator's control API. Log in with POST /v3/auth/tokens (root user:"
                                + " emulator.account-name / emulator.root.password), copy X-Subject-Token, and paste"
                                + " it under Authorize.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                TOKEN_SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name(TOKEN_SCHEME)
                                        .description("A token from POST /v3/auth/tokens (header X-Subject-Token)")));
    }

    @Bean
    GroupedOpenApi huaweiIam() {
        return GroupedOpenApi.builder()
                .group("huawei-iam")
                .displayName("Huawei IAM v5")
                .pathsToMatch("/v5/**", "/v3/auth/**")
                .addOpenApiCustomizer(openApi -> {
                    ModelConverters.getInstance()
                            .read(IamErrorBody.class)
                            .forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
                    ApiResponse error = new ApiResponse()
                            .description("IAM error (docs/errors.md)")
                            .content(new Content()
                                    .addMediaType(
                                            "application/json",
                                            new MediaType()
                                                    .schema(new Schema<>()
                                                            .$ref("#/components/schemas/HuaweiErrorBody"))));
                    openApi.getPaths()
                            .forEach((path, item) -> item.readOperations().forEach(operation -> {
                                describeAuthorization(operation);
                                operation.getResponses().addApiResponse("default", error);
                                // the password login itself needs no token
                                if (!path.equals("/v3/auth/tokens")) {
                                    operation.addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
                                }
                            }));
                })
                .build();
    }

    /** Puts first in the description what the catalog says the operation needs: its action, or none. */
    private static void describeAuthorization(Operation operation) {
        AuthorizationCatalog.operation(operation.getOperationId()).ifPresent(catalogued -> {
            String authorization = catalogued.action() == null
                    ? "Needs no permission."
                    : AuthorizationCatalog.action(catalogued.action())
                            .map(OpenApiConfiguration::describe)
                            .orElseThrow();
            if (!catalogued.dependentActions().isEmpty()) {
                authorization += " Dependent actions: " + String.join(", ", catalogued.dependentActions()) + ".";
            }
            operation.setDescription(
                    operation.getDescription() == null
                            ? authorization
                            : authorization + " " + operation.getDescription());
        });
    }

    private static String describe(CatalogAction action) {
        StringBuilder text = new StringBuilder("Action `")
                .append(action.name())
                .append("` (access level ")
                .append(action.accessLevel().wireName())
                .append(")");
        if (!action.resources().isEmpty()) {
            text.append(", resource ")
                    .append(action.resources().stream()
                            .map(resource -> resource.type().typeName())
                            .collect(Collectors.joining(" or ")));
        }
        List<String> keys = Stream.concat(
                        action.resources().stream().flatMap(r -> r.conditionKeys().stream()),
                        action.conditionKeys().stream())
                .distinct()
                .toList();
        if (!keys.isEmpty()) {
            text.append(", condition keys ").append(String.join(", ", keys));
        }
        return text.append(".").toString();
    }

    @Bean
    GroupedOpenApi alibabaCloud() {
        return dialectAtRoot("alibaba-ram-ims", "Alibaba Cloud RAM/IMS", "org.iamemulator.aliyun");
    }

    @Bean
    GroupedOpenApi ctyun() {
        return dialectAtRoot("ctyun-iam", "CTyun IAM (AWS Query)", "org.iamemulator.ctyun");
    }

    /**
     * The RPC and Query dialects all answer at {@code /}, told apart by the routing header their adapters add; an
     * OpenAPI path holds one operation per method, so each dialect has a group of its own, and its operations are
     * described in {@code openapi/<group>.yaml} rather than derived from its one controller method (which would show
     * every HTTP method, and the routing header as a parameter).
     */
    private static GroupedOpenApi dialectAtRoot(String group, String displayName, String controllerPackage) {
        return GroupedOpenApi.builder()
                .group(group)
                .displayName(displayName)
                .pathsToMatch("/")
                .addOpenApiMethodFilter(
                        method -> method.getDeclaringClass().getPackageName().equals(controllerPackage))
                .addOpenApiCustomizer(openApi -> {
                    // read when the document is first asked for, not at start-up
                    OpenAPI described = readDescription("openapi/" + group + ".yaml");
                    openApi.setPaths(described.getPaths());
                    openApi.setTags(described.getTags());
                })
                .build();
    }

    private static OpenAPI readDescription(String resource) {
        try (InputStream yaml = new ClassPathResource(resource).getInputStream()) {
            return Yaml.mapper().readValue(yaml, OpenAPI.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Bean
    GroupedOpenApi emulatorControl() {
        return GroupedOpenApi.builder()
                .group("emulator-control")
                .displayName("Emulator control")
                .pathsToMatch("/_emulator/**")
                .build();
    }
}
