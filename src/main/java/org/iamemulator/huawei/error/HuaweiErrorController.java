package org.iamemulator.huawei.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.web.IamErrorBody;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring's error page: failures that happen before a controller is chosen (a filter's exception, a
 * request the container refused) are answered in the same IAM error format, never as HTML or a stack trace.
 */
@RestController
class HuaweiErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<IamErrorBody> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : 500;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable failure && StoreOutage.causedBy(failure)) {
            return HuaweiError.STORE_UNAVAILABLE.respond(request);
        }
        HuaweiError error = switch (code) {
            case 404 -> HuaweiError.API_NOT_FOUND;
            case 405 -> HuaweiError.METHOD_NOT_ALLOWED;
            default -> code >= 400 && code < 500 ? HuaweiError.PARAMETER_INVALID : HuaweiError.INTERNAL;
        };
        String message = switch (error) {
            case METHOD_NOT_ALLOWED -> error.message(request.getMethod());
            case PARAMETER_INVALID -> error.message("request");
            default -> error.message();
        };
        return error.respondWith(request, message);
    }
}
