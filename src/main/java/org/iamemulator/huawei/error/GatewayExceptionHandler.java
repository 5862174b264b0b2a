package org.iamemulator.huawei.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.web.IamErrorBody;
import org.iamemulator.web.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.api.OpenApiResourceNotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * The API gateway's answers, in the IAM error format, to HTTP-level failures (unknown path or method, unreadable
 * body, wrong media type, undecodable query) and unexpected ones: for requests that no controller took (which no
 * scoped advice can see) and for whatever a dialect's own advice leaves. Ordered last, so that every dialect's
 * advice answers its controllers' failures first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class GatewayExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayExceptionHandler.class);

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<IamErrorBody> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            return HuaweiError.FIELD_INVALID.respondWith(
                    request,
                    "Invalid input for field '" + fieldPath(jackson.getPath()) + "'. The value has the wrong type.");
        }
        return HuaweiError.BODY_INVALID.respond(request);
    }

    @ExceptionHandler(HttpMediaTypeException.class)
    ResponseEntity<IamErrorBody> unsupportedMediaType(HttpMediaTypeException e, HttpServletRequest request) {
        return HuaweiError.BODY_INVALID.respondWith(
                request, HuaweiError.BODY_INVALID.message() + " Send it as application/json.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<IamErrorBody> parameterType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return HuaweiError.PARAMETER_INVALID.respond(request, e.getName());
    }

    /** A query string Tomcat cannot decode (bad percent-encoding, invalid UTF-8): the request is malformed. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<IamErrorBody> undecodableQuery(InvalidParameterException e, HttpServletRequest request) {
        return HuaweiError.PARAMETER_INVALID.respond(request, "request");
    }

    @ExceptionHandler(MissingRequestValueException.class)
    ResponseEntity<IamErrorBody> missingValue(MissingRequestValueException e, HttpServletRequest request) {
        return HuaweiError.BODY_INVALID.respond(request);
    }

    @ExceptionHandler({NoResourceFoundException.class, OpenApiResourceNotFoundException.class})
    ResponseEntity<IamErrorBody> unknownPath(Exception e, HttpServletRequest request) {
        return HuaweiError.API_NOT_FOUND.respond(request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<IamErrorBody> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods();
        ResponseEntity<IamErrorBody> answer = HuaweiError.METHOD_NOT_ALLOWED.respond(request, e.getMethod());
        if (allowed == null) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode())
                .headers(answer.getHeaders())
                .header(
                        HttpHeaders.ALLOW,
                        allowed.stream()
                                .map(HttpMethod::name)
                                .sorted()
                                .reduce((a, b) -> a + ", " + b)
                                .orElse(""))
                .body(answer.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<IamErrorBody> unexpected(Exception e, HttpServletRequest request) {
        if (StoreOutage.causedBy(e)) {
            log.warn(
                    "store unavailable serving {} {} (request {}): {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    RequestIdFilter.requestId(request),
                    e.toString());
            return HuaweiError.STORE_UNAVAILABLE.respond(request);
        }
        log.error(
                "Unexpected failure serving {} {} (request {})",
                request.getMethod(),
                request.getRequestURI(),
                RequestIdFilter.requestId(request),
                e);
        return HuaweiError.INTERNAL.respond(request);
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
