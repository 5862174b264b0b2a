package org.iamemulator.huawei.error;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.iamemulator.core.Ids;
import org.iamemulator.web.RequestIdFilter;

/**
 * Answers the errors that Tomcat raises before any servlet runs (an unparsable URL, an illegal header) in the IAM
 * error format with a request id, instead of Tomcat's HTML error report.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HuaweiError error = status == 404
                ? HuaweiError.API_NOT_FOUND
                : status < 500 ? HuaweiError.PARAMETER_INVALID : HuaweiError.INTERNAL;
        String message = error == HuaweiError.PARAMETER_INVALID ? error.message("request") : error.message();
        String requestId = response.getHeader(RequestIdFilter.HEADER) != null
                ? response.getHeader(RequestIdFilter.HEADER)
                : Ids.random();
        try {
            response.setHeader(RequestIdFilter.HEADER, requestId);
            RequestIdFilter.securityHeaders(null, response);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                // every value is a fixed catalogue string or a hex id: nothing to escape
                writer.write("{\"error_code\":\"" + error.code() + "\",\"error_msg\":\"" + message
                        + "\",\"request_id\":\"" + requestId + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response was already sent: nothing left to report to
        }
    }
}
