package org.iamemulator.config;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Objects;
import java.util.stream.Stream;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.DialectRequest;
import org.iamemulator.web.IamErrorBody;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
                .info(new Info().title("IAM emulator")
                        .description("Huawei Cloud IAM v5 (and STS5, token) APIs as the real service answers them,"
                                + " plus the emulator's control API. Log in with POST /v3/auth/tokens (root user:"
                                + " emulator.account-name / emulator.root.password), copy X-Subject-Token, and paste"
                                + " it under Authorize.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(TOKEN_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(TOKEN_SCHEME)
                        .description("A token from POST /v3/auth/tokens (header X-Subject-Token)")));
    }

    @Bean
    GroupedOpenApi huaweiIam() {
        return GroupedOpenApi.builder().group("huawei-iam").displayName("Huawei IAM v5")
                .pathsToMatch("/v5/**", "/v3/auth/**")
                .addOpenApiCustomizer(openApi -> {
                    ModelConverters.getInstance().read(IamErrorBody.class)
                            .forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
                    ApiResponse error = new ApiResponse().description("IAM error (docs/errors.md)")
                            .content(new Content().addMediaType("application/json", new MediaType()
                                    .schema(new Schema<>().$ref("#/components/schemas/HuaweiErrorBody"))));
                    openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                        operation.getResponses().addApiResponse("default", error);
                        // the password login itself needs no token
                        if (!path.equals("/v3/auth/tokens")) {
                            operation.addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
                        }
                    }));
                })
                .build();
    }

    /**
     * Alibaba Cloud RPC and CTyun (AWS Query) requests share the path {@code /}: only GET and POST are documented,
     * and the routing header their filters add is not a client parameter.
     */
    @Bean
    GroupedOpenApi otherClouds() {
        return GroupedOpenApi.builder().group("other-clouds").displayName("Alibaba Cloud and CTyun")
                .pathsToMatch("/")
                .addOpenApiCustomizer(openApi -> {
                    PathItem root = openApi.getPaths() == null ? null : openApi.getPaths().get("/");
                    if (root == null) {
                        return;
                    }
                    root.setPut(null);
                    root.setPatch(null);
                    root.setDelete(null);
                    root.setHead(null);
                    root.setOptions(null);
                    root.setTrace(null);
                    Stream.of(root.getGet(), root.getPost()).filter(Objects::nonNull)
                            .filter(operation -> operation.getParameters() != null)
                            .forEach(operation -> operation.getParameters().removeIf(parameter ->
                                    DialectRequest.DIALECT_HEADER.equalsIgnoreCase(parameter.getName())));
                })
                .build();
    }

    @Bean
    GroupedOpenApi emulatorControl() {
        return GroupedOpenApi.builder().group("emulator-control").displayName("Emulator control")
                .pathsToMatch("/_emulator/**")
                .build();
    }
}
