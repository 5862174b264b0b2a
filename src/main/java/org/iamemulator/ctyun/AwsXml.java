package org.iamemulator.ctyun;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.iamemulator.ctyun.error.AwsException;
import org.iamemulator.web.RequestIdFilter;
import org.iamemulator.web.XmlText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** AWS Query XML: {@code <Op>Response/<Op>Result} first, then {@code ResponseMetadata}; errors as {@code ErrorResponse}. */
public final class AwsXml {

    public static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

    private AwsXml() {}

    public static String requestId(HttpServletRequest request) {
        return RequestIdFilter.requestId(request);
    }

    /** UTC to the second: {@code 2019-01-07T05:53:20Z}. */
    public static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code <operation>Response><operation>Result>result</…><ResponseMetadata><RequestId>…}. */
    public static ResponseEntity<String> ok(HttpServletRequest request, String operation, String result) {
        String id = requestId(request);
        String body = "<" + operation + "Response><" + operation + "Result>" + result + "</" + operation + "Result>"
                + "<ResponseMetadata><RequestId>" + id + "</RequestId></ResponseMetadata></" + operation + "Response>";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                .header("x-amzn-RequestId", id)
                .header("x-amz-request-id", id)
                .body(body);
    }

    public static ResponseEntity<String> error(HttpServletRequest request, AwsException e) {
        String id = requestId(request);
        return ResponseEntity.status(e.error().status())
                .header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                .header("x-amzn-RequestId", id)
                .header("x-amz-request-id", id)
                .body(errorBody(id, e));
    }

    /** As {@link #error}, from a servlet filter. */
    public static void write(HttpServletRequest request, HttpServletResponse response, AwsException e)
            throws IOException {
        write(request, response, e, e.error().status().value());
    }

    /** As {@link #write}, with another HTTP status than the error's own (an injected fault's). */
    public static void write(HttpServletRequest request, HttpServletResponse response, AwsException e, int status)
            throws IOException {
        String id = requestId(request);
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("x-amzn-RequestId", id);
        response.setHeader("x-amz-request-id", id);
        response.getOutputStream().write(errorBody(id, e).getBytes(StandardCharsets.UTF_8));
    }

    private static String errorBody(String requestId, AwsException e) {
        return "<ErrorResponse><Error><Type>" + e.error().type() + "</Type><Code>"
                + e.error().code() + "</Code>"
                + "<Message>" + XmlText.escape(e.getMessage()) + "</Message></Error><RequestId>" + requestId
                + "</RequestId></ErrorResponse>";
    }

    /** {@code <name>escaped value</name>}, nothing when the value is null. */
    public static String element(String name, String value) {
        return value == null ? "" : "<" + name + ">" + XmlText.escape(value) + "</" + name + ">";
    }
}
