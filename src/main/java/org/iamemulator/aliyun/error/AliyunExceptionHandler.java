package org.iamemulator.aliyun.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iamemulator.aliyun.AcsNames;
import org.iamemulator.aliyun.AliyunCall;
import org.iamemulator.aliyun.AliyunFormat;
import org.iamemulator.aliyun.AliyunResponses;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.CallerAttribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders the failures of the Alibaba Cloud controllers in Alibaba's error format, in the request's {@code Format}.
 * Failures before the call reached a controller (e.g. no caller) are not theirs: the emulator's fallback answers.
 */
@RestControllerAdvice(basePackages = "org.iamemulator.aliyun")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class AliyunExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(AliyunExceptionHandler.class);

    @ExceptionHandler(AliyunException.class)
    ResponseEntity<String> aliyun(AliyunException e, HttpServletRequest request) {
        return AliyunResponses.error(request, formatOf(request), e);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
        AliyunError error = "login-profile".equals(e.entityType())
                ? AliyunError.LOGIN_PROFILE_NOT_FOUND
                : AliyunError.USER_NOT_FOUND;
        return aliyun(error.failure(), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(AccessDeniedException e, HttpServletRequest request) {
        return aliyun(
                AliyunError.NO_PERMISSION
                        .failure()
                        .withAccessDeniedDetail(accessDeniedDetail(
                                CallerAttribute.get(request),
                                AliyunCall.of(request).action(),
                                e)),
                request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest request) {
        return aliyun(
                AliyunError.INVALID_UPN_FORMAT.failure("The parameter " + e.field() + " is invalid: " + e.rule()),
                request);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e, HttpServletRequest request) {
        if (StoreOutage.causedBy(e)) {
            return aliyun(AliyunError.SERVICE_UNAVAILABLE.failure(), request);
        }
        log.error("{} failed", AliyunCall.of(request).action(), e);
        return aliyun(AliyunError.INTERNAL_ERROR.failure(), request);
    }

    /** The {@code AccessDeniedDetail} member of a 403 (its shape is not confirmed, docs/dialects.md). */
    static Map<String, Object> accessDeniedDetail(Caller caller, String action, AccessDeniedException e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("AuthAction", AcsNames.documentedAction(action));
        detail.put("AuthPrincipalType", "SubUser");
        detail.put("AuthPrincipalOwnerId", caller.accountId());
        detail.put("AuthPrincipalDisplayName", caller.userName());
        detail.put("NoPermissionType", e.explicit() ? "ExplicitDeny" : "ImplicitDeny");
        detail.put("PolicyType", "AccountLevelIdentityBasedPolicy");
        detail.put("EncodedDiagnosticMessage", e.encodedMessage());
        return detail;
    }

    private static AliyunFormat formatOf(HttpServletRequest request) {
        AliyunCall call = AliyunCall.of(request);
        return call == null ? AliyunFormat.JSON : call.format();
    }
}
