package org.iamemulator.huawei.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.ForbiddenOperationException;
import org.iamemulator.core.error.InvalidCallerException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidMarkerException;
import org.iamemulator.core.error.InvalidTagException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.MalformedIdentifierException;
import org.iamemulator.core.error.MalformedPolicyException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.error.QuotaExceededException;
import org.iamemulator.web.IamErrorBody;
import org.iamemulator.web.RequestIdFilter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders the core failures of the Huawei dialect's controllers as the real service's error body; the emulator's
 * own APIs (control, faults, journal) answer in the same format. HTTP-level failures and unexpected ones fall
 * through to {@link GatewayExceptionHandler}.
 */
@RestControllerAdvice(
        basePackages = {
            "org.iamemulator.huawei",
            "org.iamemulator.control",
            "org.iamemulator.fault",
            "org.iamemulator.journal"
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
public class HuaweiExceptionHandler {

    /**
     * The v5 agency and identity-provider APIs answer their own code for a missing entity; the agency APIs also for
     * a bad agency name.
     */
    private static final Set<String> AGENCY_ENTITIES =
            Set.of("agency", "deletion task", "oidc provider", "saml provider", "private key");

    private static final String AGENCY_NAME = "agency_name";

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<IamErrorBody> notFound(NotFoundException e, HttpServletRequest request) {
        if (AGENCY_ENTITIES.contains(e.entityType())) {
            return HuaweiError.AGENCY_NOT_FOUND.respond(request, e.entityType(), e.entityId());
        }
        return HuaweiError.NOT_FOUND.respond(request, e.entityType(), e.entityId());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<IamErrorBody> conflict(ConflictException e, HttpServletRequest request) {
        return HuaweiError.CONFLICT.respond(request, e.entityType(), e.details());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<IamErrorBody> concurrentConflict(DataIntegrityViolationException e, HttpServletRequest request) {
        // a uniqueness race lost against a concurrent request: the same answer as the checked conflict
        return HuaweiError.CONFLICT.respond(request, "resource", "it conflicts with a concurrent change");
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<IamErrorBody> invalidInput(InvalidInputException e, HttpServletRequest request) {
        return switch (e.source()) {
            case PARAMETER ->
                HuaweiError.PARAMETER_INVALID.respondWith(
                        request, HuaweiError.PARAMETER_INVALID.message(e.field()) + " Expected " + e.rule() + ".");
            case BODY_FIELD ->
                AGENCY_NAME.equals(e.field())
                        ? HuaweiError.AGENCY_NAME_INVALID.respond(request, e.value(), e.rule())
                        : HuaweiError.FIELD_INVALID.respondWith(
                                request,
                                HuaweiError.FIELD_INVALID.message(e.field(), e.value()) + " Expected " + e.rule()
                                        + ".");
            case MISSING_BODY_FIELD -> HuaweiError.PROPERTY_REQUIRED.respond(request, e.field());
        };
    }

    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<IamErrorBody> quota(QuotaExceededException e, HttpServletRequest request) {
        return HuaweiError.QUOTA_EXCEEDED.respond(request, "resource", e.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<IamErrorBody> authentication(AuthenticationException e, HttpServletRequest request) {
        AuthenticationErrors.Rendered rendered = AuthenticationErrors.render(e, null);
        return rendered.error().respondWith(request, rendered.message());
    }

    @ExceptionHandler(InvalidMarkerException.class)
    ResponseEntity<IamErrorBody> invalidMarker(InvalidMarkerException e, HttpServletRequest request) {
        return HuaweiError.MARKER_INVALID.respond(request);
    }

    @ExceptionHandler(ForbiddenOperationException.class)
    ResponseEntity<IamErrorBody> forbidden(ForbiddenOperationException e, HttpServletRequest request) {
        return HuaweiError.NOT_AUTHORIZED.respondWith(
                request, HuaweiError.NOT_AUTHORIZED.message() + " Reason: " + e.getMessage() + ".");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<IamErrorBody> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return ResponseEntity.status(HuaweiError.ACCESS_DENIED.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new IamErrorBody(
                        HuaweiError.ACCESS_DENIED.code(),
                        HuaweiError.ACCESS_DENIED.message(e.getMessage()),
                        RequestIdFilter.requestId(request),
                        e.encodedMessage()));
    }

    @ExceptionHandler(MalformedPolicyException.class)
    ResponseEntity<IamErrorBody> malformedPolicy(MalformedPolicyException e, HttpServletRequest request) {
        return HuaweiError.POLICY_MALFORMED.respond(request, e.getMessage());
    }

    @ExceptionHandler(MalformedIdentifierException.class)
    ResponseEntity<IamErrorBody> malformedIdentifier(MalformedIdentifierException e, HttpServletRequest request) {
        HuaweiError error = switch (e.kind()) {
            case PATH -> HuaweiError.PATH_INVALID;
            case MFA_SERIAL_NUMBER -> HuaweiError.MFA_SERIAL_INVALID;
        };
        return error.respond(request, e.value(), e.rule());
    }

    @ExceptionHandler(InvalidCallerException.class)
    ResponseEntity<IamErrorBody> invalidCaller(InvalidCallerException e, HttpServletRequest request) {
        return HuaweiError.INVALID_CALLER.respond(request, e.getMessage());
    }

    @ExceptionHandler(InvalidTagException.class)
    ResponseEntity<IamErrorBody> invalidTag(InvalidTagException e, HttpServletRequest request) {
        HuaweiError error = switch (e.kind()) {
            case DUPLICATE_KEY -> HuaweiError.TAG_DUPLICATE_KEY;
            case NON_COMPLIANT -> HuaweiError.TAG_NON_COMPLIANT;
        };
        return error.respond(request, e.detail());
    }

    @ExceptionHandler(LimitExceededException.class)
    ResponseEntity<IamErrorBody> limitExceeded(LimitExceededException e, HttpServletRequest request) {
        return switch (e.quota()) {
            case VERSIONS_PER_POLICY -> HuaweiError.VERSIONS_PER_POLICY_EXCEEDED.respond(request, e.limit());
            case POLICIES_PER_USER -> HuaweiError.POLICIES_PER_USER_EXCEEDED.respond(request, e.limit());
            case POLICIES_PER_GROUP -> HuaweiError.POLICIES_PER_GROUP_EXCEEDED.respond(request, e.limit());
            case GROUPS_PER_USER -> HuaweiError.GROUPS_PER_USER_EXCEEDED.respond(request, e.limit());
            case POLICIES_PER_AGENCY -> HuaweiError.POLICIES_PER_AGENCY_EXCEEDED.respond(request, e.limit());
            case AGENCIES_PER_ACCOUNT -> HuaweiError.AGENCIES_PER_ACCOUNT_EXCEEDED.respond(request, e.limit());
            case OIDC_PROVIDERS_PER_ACCOUNT ->
                HuaweiError.OIDC_PROVIDERS_PER_ACCOUNT_EXCEEDED.respond(request, e.limit());
            case CLIENT_IDS_PER_OIDC_PROVIDER ->
                HuaweiError.CLIENT_IDS_PER_OIDC_PROVIDER_EXCEEDED.respond(request, e.limit());
            case SAML_PROVIDERS_PER_ACCOUNT ->
                HuaweiError.SAML_PROVIDERS_PER_ACCOUNT_EXCEEDED.respond(request, e.limit());
            case USERS -> HuaweiError.ACCOUNT_QUOTA_EXCEEDED.respond(request, "user", "users", e.limit());
            case GROUPS -> HuaweiError.ACCOUNT_QUOTA_EXCEEDED.respond(request, "group", "groups", e.limit());
            case POLICIES ->
                HuaweiError.ACCOUNT_QUOTA_EXCEEDED.respond(request, "policy", "custom policies", e.limit());
        };
    }
}
