package org.iamemulator.aliyun;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iamemulator.aliyun.error.AliyunException;
import org.iamemulator.web.RequestIdFilter;
import org.iamemulator.web.XmlText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders RPC answers as the real service does: an ordered tree of members as JSON (an object) or XML (an element
 * per member, under a root element named after the operation, {@code Error} for errors).
 */
public final class AliyunResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;

    private AliyunResponses() {}

    /** Alibaba's request ids are upper-case UUIDs; this is the request's 32-hex id in that shape. */
    public static String requestId(HttpServletRequest request) {
        String hex = RequestIdFilter.requestId(request).toUpperCase(Locale.ROOT);
        if (hex.length() != 32) {
            return hex;
        }
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    /** UTC to the second: {@code 2020-10-14T07:25:25Z}. */
    public static String time(Instant instant) {
        return TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    public static ResponseEntity<String> ok(AliyunFormat format, String rootElement, Map<String, Object> members) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .body(render(format, rootElement, members));
    }

    /** The error body: {@code RequestId, HostId, Code, Message[, AccessDeniedDetail]}. */
    public static ResponseEntity<String> error(HttpServletRequest request, AliyunFormat format, AliyunException e) {
        return ResponseEntity.status(e.error().status())
                .header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .body(render(format, "Error", errorMembers(request, e)));
    }

    /** As {@link #error}, from a servlet filter. */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, AliyunFormat format, AliyunException e)
            throws IOException {
        write(request, response, format, e, e.error().status().value());
    }

    /** As {@link #write}, with another HTTP status than the error's own (an injected fault's). */
    public static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            AliyunFormat format,
            AliyunException e,
            int status)
            throws IOException {
        response.setStatus(status);
        response.setContentType(format.contentType());
        response.getOutputStream()
                .write(render(format, "Error", errorMembers(request, e)).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> errorMembers(HttpServletRequest request, AliyunException e) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("RequestId", requestId(request));
        String host = request.getHeader(HttpHeaders.HOST);
        members.put("HostId", host == null ? request.getServerName() : host);
        members.put("Code", e.code());
        members.put("Message", e.getMessage());
        if (e.accessDeniedDetail() != null) {
            members.put("AccessDeniedDetail", e.accessDeniedDetail());
        }
        return members;
    }

    static String render(AliyunFormat format, String rootElement, Map<String, Object> members) {
        if (format == AliyunFormat.JSON) {
            return JSON.writeValueAsString(members);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        element(xml, rootElement, members);
        return xml.toString();
    }

    private static void element(StringBuilder xml, String name, Object value) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                element(xml, name, item);
            }
            return;
        }
        xml.append('<').append(name).append('>');
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> element(xml, key.toString(), child));
        } else if (value != null) {
            xml.append(XmlText.escape(value.toString()));
        }
        xml.append("</").append(name).append('>');
    }
}
