package org.iamemulator.ctyun.error;

import jakarta.servlet.http.HttpServletRequest;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.ctyun.AwsXml;
import org.iamemulator.ctyun.CtyunArns;
import org.iamemulator.ctyun.CtyunCall;
import org.iamemulator.web.CallerAttribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders the failures of the CTyun controllers as AWS Query {@code ErrorResponse} XML. Failures before the call
 * reached a controller (e.g. no caller) are not theirs: the emulator's fallback answers.
 */
@RestControllerAdvice(basePackages = "org.iamemulator.ctyun")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CtyunExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CtyunExceptionHandler.class);

    @ExceptionHandler(AwsException.class)
    ResponseEntity<String> aws(AwsException e, HttpServletRequest request) {
        return AwsXml.error(request, e);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
        return aws(AwsError.NO_SUCH_ENTITY.failure(e.entityId()), request);
    }

    /** Names the user the call asked for, even when the check was made on every user because it is missing. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(AccessDeniedException e, HttpServletRequest request) {
        Caller caller = CallerAttribute.get(request);
        CtyunCall call = CtyunCall.of(request);
        return aws(
                AwsError.ACCESS_DENIED.failureWithMessage(accessDeniedMessage(
                        caller,
                        call.action(),
                        CtyunArns.USERS.userUrn(
                                caller.accountId(), CtyunArns.requestedUserName(call.parameters(), caller)),
                        e.explicit())),
                request);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e, HttpServletRequest request) {
        if (StoreOutage.causedBy(e)) {
            return aws(AwsError.SERVICE_UNAVAILABLE.failure(), request);
        }
        log.error("{} failed", CtyunCall.of(request).action(), e);
        return aws(AwsError.SERVICE_FAILURE.failure(), request);
    }

    /** AWS's wording: {@code User: <caller arn> is not authorized to perform: iam:<Action> on resource: <arn> …}. */
    static String accessDeniedMessage(Caller caller, String action, String resourceArn, boolean explicit) {
        String documented = CtyunArns.documentedAction(action);
        return "User: " + CtyunArns.of(caller) + " is not authorized to perform: " + documented + " on resource: "
                + resourceArn
                + (explicit
                        ? " with an explicit deny in an identity-based policy"
                        : " because no identity-based policy allows the " + documented + " action");
    }
}
