package org.iamemulator.web.auth;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iamemulator.web.CachedBodyRequest;
import org.iamemulator.web.signing.SigningPrimitives;

/**
 * The name/value pairs of a request at {@code /}, decoded once for every dialect that looks at them: those of the
 * query string and those of the body read as a form. Each dialect decides which it takes (Alibaba the body only when
 * it is declared a form, CTyun whatever the {@code Content-Type}).
 */
public final class RequestParameters {

    private final CachedBodyRequest request;
    private List<Map.Entry<String, String>> query;
    private List<Map.Entry<String, String>> body;

    public RequestParameters(CachedBodyRequest request) {
        this.request = request;
    }

    /** The query string's pairs, in order. */
    public List<Map.Entry<String, String>> query() {
        if (query == null) {
            query = List.copyOf(SigningPrimitives.formDecode(request.getQueryString()));
        }
        return query;
    }

    /** The body's pairs, read as {@code application/x-www-form-urlencoded} whatever its declared type, in order. */
    public List<Map.Entry<String, String>> body() {
        if (body == null) {
            body = List.copyOf(SigningPrimitives.formDecode(new String(request.body(), StandardCharsets.UTF_8)));
        }
        return body;
    }

    /** Whether the body is declared a form ({@code Content-Type: application/x-www-form-urlencoded…}). */
    public boolean formBody() {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
