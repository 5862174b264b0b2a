package org.iamemulator.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** Names the API operation a request addresses (e.g. {@code ShowUserV5}), from its handler's OpenAPI operation id. */
@Component
public class Operations {

    private static final String NAMED = Operations.class.getName() + ".named";

    private final RequestMappingHandlerMapping mappings;

    Operations(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** Names the operation of a request whose path does not tell it (the RPC and Query dialects at {@code /}). */
    public static void name(HttpServletRequest request, String operation) {
        request.setAttribute(NAMED, operation);
    }

    /** The operation name, or null when no operation answers this method and path. */
    public String of(HttpServletRequest request) {
        if (request.getAttribute(NAMED) instanceof String named) {
            return named;
        }
        // outside the dispatcher (e.g. a request an authentication filter refused) the path is not parsed yet
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        try {
            if (parsed == null) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            HandlerExecutionChain chain = mappings.getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod handler ? of(handler) : null;
        } catch (Exception noHandler) {
            return null;
        } finally {
            if (parsed == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    /** The operation name of a request its handler answers: the one the dialect named, else the handler's. */
    public static String of(HttpServletRequest request, HandlerMethod handler) {
        return request.getAttribute(NAMED) instanceof String named ? named : of(handler);
    }

    public static String of(HandlerMethod handler) {
        Operation operation = handler.getMethodAnnotation(Operation.class);
        return operation != null && !operation.operationId().isEmpty()
                ? operation.operationId()
                : handler.getMethod().getName();
    }

    /** Whether the path belongs to an emulated cloud API, rather than the control API, docs or actuator. */
    public static boolean isEmulatedApi(String path) {
        return !(path.startsWith("/_emulator")
                || path.startsWith("/v3/api-docs")
                || path.startsWith("/swagger-ui")
                || path.startsWith("/actuator")
                || path.equals("/error"));
    }
}
