package org.iamemulator.aliyun;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tidies the OpenAPI document of the RPC/Query endpoint at {@code /}: only GET and POST are documented, and the
 * internal routing header that the authentication filter adds is not a client parameter.
 */
@Configuration(proxyBeanMethods = false)
class AliyunOpenApi {

    @Bean
    OpenApiCustomizer aliyunRootPathCustomizer() {
        return openApi -> {
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
            Stream.of(root.getGet(), root.getPost()).filter(operation -> operation != null)
                    .forEach(AliyunOpenApi::withoutRoutingHeader);
        };
    }

    private static void withoutRoutingHeader(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(parameter -> AliyunCall.DIALECT_HEADER.equalsIgnoreCase(parameter.getName()));
        }
    }
}
