package org.iamemulator.huawei.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.ForbiddenOperationException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidMarkerException;
import org.iamemulator.core.error.InvalidPolicyPathException;
import org.iamemulator.core.error.InvalidTagException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.MalformedPolicyException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.error.QuotaExceededException;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.web.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.api.OpenApiResourceNotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
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

/** Renders every failure reaching the Huawei dialect's controllers as the real service's error body. */
@RestControllerAdvice
public class HuaweiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(HuaweiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<HuaweiErrorBody> notFound(NotFoundException e, HttpServletRequest request) {
        return render(request, HuaweiError.NOT_FOUND, HuaweiError.NOT_FOUND.message(e.entityType(), e.entityId()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<HuaweiErrorBody> conflict(ConflictException e, HttpServletRequest request) {
        return render(request, HuaweiError.CONFLICT, HuaweiError.CONFLICT.message(e.entityType(), e.details()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<HuaweiErrorBody> concurrentConflict(DataIntegrityViolationException e,
            HttpServletRequest request) {
        // a uniqueness race lost against a concurrent request: the same answer as the checked conflict
        return render(request, HuaweiError.CONFLICT,
                HuaweiError.CONFLICT.message("resource", "it conflicts with a concurrent change"));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<HuaweiErrorBody> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return switch (e.source()) {
            case PARAMETER -> render(request, HuaweiError.PARAMETER_INVALID,
                    HuaweiError.PARAMETER_INVALID.message(e.field()) + " Expected " + e.rule() + ".");
            case BODY_FIELD -> render(request, HuaweiError.FIELD_INVALID,
                    HuaweiError.FIELD_INVALID.message(e.field(), e.value()) + " Expected " + e.rule() + ".");
            case MISSING_BODY_FIELD -> render(request, HuaweiError.PROPERTY_REQUIRED,
                    HuaweiError.PROPERTY_REQUIRED.message(e.field()));
        };
    }

    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<HuaweiErrorBody> quota(QuotaExceededException e, HttpServletRequest request) {
        return render(request, HuaweiError.QUOTA_EXCEEDED, HuaweiError.QUOTA_EXCEEDED.message("resource", e.getMessage()));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<HuaweiErrorBody> authentication(AuthenticationException e, HttpServletRequest request) {
        AuthenticationErrors.Rendered rendered = AuthenticationErrors.render(e, null);
        return render(request, rendered.error(), rendered.message());
    }

    @ExceptionHandler(InvalidMarkerException.class)
    ResponseEntity<HuaweiErrorBody> invalidMarker(InvalidMarkerException e, HttpServletRequest request) {
        return render(request, HuaweiError.MARKER_INVALID, HuaweiError.MARKER_INVALID.message());
    }

    @ExceptionHandler(ForbiddenOperationException.class)
    ResponseEntity<HuaweiErrorBody> forbidden(ForbiddenOperationException e, HttpServletRequest request) {
        return render(request, HuaweiError.NOT_AUTHORIZED,
                HuaweiError.NOT_AUTHORIZED.message() + " Reason: " + e.getMessage() + ".");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<HuaweiErrorBody> unreadableBody(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return render(request, HuaweiError.FIELD_INVALID, "Invalid input for field '" + fieldPath(jackson.getPath())
                    + "'. " + "The value has the wrong type.");
        }
        return render(request, HuaweiError.BODY_INVALID, HuaweiError.BODY_INVALID.message());
    }

    @ExceptionHandler(HttpMediaTypeException.class)
    ResponseEntity<HuaweiErrorBody> unsupportedMediaType(HttpMediaTypeException e, HttpServletRequest request) {
        return render(request, HuaweiError.BODY_INVALID,
                HuaweiError.BODY_INVALID.message() + " Send it as application/json.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<HuaweiErrorBody> parameterType(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return render(request, HuaweiError.PARAMETER_INVALID, HuaweiError.PARAMETER_INVALID.message(e.getName()));
    }

    /** A query string Tomcat cannot decode (bad percent-encoding, invalid UTF-8): the request is malformed. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<HuaweiErrorBody> undecodableQuery(InvalidParameterException e, HttpServletRequest request) {
        return render(request, HuaweiError.PARAMETER_INVALID, HuaweiError.PARAMETER_INVALID.message("request"));
    }

    @ExceptionHandler(MissingRequestValueException.class)
    ResponseEntity<HuaweiErrorBody> missingValue(MissingRequestValueException e, HttpServletRequest request) {
        return render(request, HuaweiError.BODY_INVALID, HuaweiError.BODY_INVALID.message());
    }

    @ExceptionHandler({NoResourceFoundException.class, OpenApiResourceNotFoundException.class})
    ResponseEntity<HuaweiErrorBody> unknownPath(Exception e, HttpServletRequest request) {
        return render(request, HuaweiError.API_NOT_FOUND, HuaweiError.API_NOT_FOUND.message());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<HuaweiErrorBody> wrongMethod(HttpRequestMethodNotSupportedException e,
            HttpServletRequest request) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods();
        ResponseEntity<HuaweiErrorBody> answer = render(request, HuaweiError.METHOD_NOT_ALLOWED,
                HuaweiError.METHOD_NOT_ALLOWED.message(e.getMethod()));
        if (allowed == null) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.ALLOW, allowed.stream().map(HttpMethod::name).sorted()
                        .reduce((a, b) -> a + ", " + b).orElse(""))
                .body(answer.getBody());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<HuaweiErrorBody> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return ResponseEntity.status(HuaweiError.ACCESS_DENIED.status()).contentType(MediaType.APPLICATION_JSON)
                .body(new HuaweiErrorBody(HuaweiError.ACCESS_DENIED.code(),
                        HuaweiError.ACCESS_DENIED.message(e.getMessage()), RequestIdFilter.requestId(request),
                        e.encodedMessage()));
    }

    @ExceptionHandler(MalformedPolicyException.class)
    ResponseEntity<HuaweiErrorBody> malformedPolicy(MalformedPolicyException e, HttpServletRequest request) {
        return render(request, HuaweiError.POLICY_MALFORMED, HuaweiError.POLICY_MALFORMED.message(e.getMessage()));
    }

    @ExceptionHandler(InvalidPolicyPathException.class)
    ResponseEntity<HuaweiErrorBody> invalidPath(InvalidPolicyPathException e, HttpServletRequest request) {
        return render(request, HuaweiError.PATH_INVALID, HuaweiError.PATH_INVALID.message(e.path(), e.rule()));
    }

    @ExceptionHandler(InvalidTagException.class)
    ResponseEntity<HuaweiErrorBody> invalidTag(InvalidTagException e, HttpServletRequest request) {
        HuaweiError error = switch (e.kind()) {
            case DUPLICATE_KEY -> HuaweiError.TAG_DUPLICATE_KEY;
            case NON_COMPLIANT -> HuaweiError.TAG_NON_COMPLIANT;
        };
        return render(request, error, error.message(e.detail()));
    }

    @ExceptionHandler(LimitExceededException.class)
    ResponseEntity<HuaweiErrorBody> limitExceeded(LimitExceededException e, HttpServletRequest request) {
        HuaweiError error = switch (e.quota()) {
            case VERSIONS_PER_POLICY -> HuaweiError.VERSIONS_PER_POLICY_EXCEEDED;
            case POLICIES_PER_USER -> HuaweiError.POLICIES_PER_USER_EXCEEDED;
            case POLICIES_PER_GROUP -> HuaweiError.POLICIES_PER_GROUP_EXCEEDED;
            case GROUPS_PER_USER -> HuaweiError.GROUPS_PER_USER_EXCEEDED;
        };
        return render(request, error, error.message(e.quota().limit()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<HuaweiErrorBody> unexpected(Exception e, HttpServletRequest request) {
        if (StoreOutage.causedBy(e)) {
            log.warn("store unavailable serving {} {} (request {}): {}", request.getMethod(), request.getRequestURI(),
                    RequestIdFilter.requestId(request), e.toString());
            return render(request, HuaweiError.STORE_UNAVAILABLE, HuaweiError.STORE_UNAVAILABLE.message());
        }
        log.error("Unexpected failure serving {} {} (request {})", request.getMethod(), request.getRequestURI(),
                RequestIdFilter.requestId(request), e);
        return render(request, HuaweiError.INTERNAL, HuaweiError.INTERNAL.message());
    }

    static ResponseEntity<HuaweiErrorBody> render(HttpServletRequest request, HuaweiError error, String message) {
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON)
                .body(new HuaweiErrorBody(error.code(), message, RequestIdFilter.requestId(request)));
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
