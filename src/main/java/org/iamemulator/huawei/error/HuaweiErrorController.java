package org.iamemulator.huawei.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.web.IamErrorBody;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring's error page: failures that happen before a controller is chosen (a URL the server cannot
 * parse, a filter's exception) are answered in the same IAM error format, never as HTML or a stack trace.
 */
@RestController
class HuaweiErrorController implements ErrorController {

    private final HuaweiErrorWriter writer;

    HuaweiErrorController(HuaweiErrorWriter writer) {
        this.writer = writer;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<IamErrorBody> error(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : 500;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable failure && StoreOutage.causedBy(failure)) {
            return HuaweiError.STORE_UNAVAILABLE.respond(request);
        }
        if (code == 500 && unparsablePath(exception)) {
            // written directly: Spring's message converters would try to decode the path again and fail
            writer.write(request, response, HuaweiError.PARAMETER_INVALID,
                    HuaweiError.PARAMETER_INVALID.message("request"));
            return null;
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

    /** Spring MVC could not decode the path (e.g. a matrix parameter {@code ;a=%zz}): the client's mistake. */
    private static boolean unparsablePath(Object exception) {
        for (Throwable e = exception instanceof Throwable t ? t : null; e != null; e = e.getCause()) {
            if (e instanceof IllegalArgumentException) {
                for (StackTraceElement frame : e.getStackTrace()) {
                    if (frame.getClassName().startsWith("org.springframework.http.server.")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
