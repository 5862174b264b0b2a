package org.iamemulator.huawei.signing;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A request as the server received it, before any decoding.
 *
 * @param method   HTTP method as sent (e.g. {@code GET})
 * @param rawPath  path still percent-encoded, without query (servlet {@code getRequestURI()})
 * @param rawQuery query string still percent-encoded, without {@code ?}; may be {@code null}
 * @param header   case-insensitive header lookup returning the first value, or {@code null}
 * @param body     raw body bytes; {@code null} is treated as empty
 */
public record SignedRequest(
        String method, String rawPath, String rawQuery, Function<String, String> header, byte[] body) {

    /**
     * Convenience factory backed by a case-insensitive copy of {@code headers}.
     */
    public static SignedRequest of(
            String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        return new SignedRequest(method, rawPath, rawQuery, copy::get, body);
    }

    /** Header value or {@code null}; tolerates a {@code null} lookup function. */
    String headerValue(String name) {
        return header == null ? null : header.apply(name);
    }

    byte[] bodyOrEmpty() {
        return body == null ? new byte[0] : body;
    }
}
