package org.iamemulator.support;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.iamemulator.huawei.signing.SdkSigner;
import org.iamemulator.huawei.signing.SignedRequest;

/** Signs rest-assured requests with SDK-HMAC-SHA256, as the official SDKs do. */
public final class HuaweiSigningFilter implements Filter {

    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String accessKey;
    private final String secretKey;
    private final Instant at;

    private HuaweiSigningFilter(String accessKey, String secretKey, Instant at) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.at = at;
    }

    public static HuaweiSigningFilter with(String accessKey, String secretKey) {
        return new HuaweiSigningFilter(accessKey, secretKey, null);
    }

    /** Signs as if the request were made at another time (stale and future dates). */
    public static HuaweiSigningFilter at(String accessKey, String secretKey, Instant at) {
        return new HuaweiSigningFilter(accessKey, secretKey, at);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        URI uri = URI.create(request.getURI());
        String host = uri.getHost() + ":" + uri.getPort();
        String date = SDK_DATE.format(at == null ? Instant.now() : at);
        SignedRequest signed = SignedRequest.of(request.getMethod(), uri.getRawPath(), uri.getRawQuery(),
                Map.of("Host", host, "X-Sdk-Date", date), body(request.getBody()));
        request.header("X-Sdk-Date", date);
        request.header("Authorization",
                SdkSigner.sign(signed, accessKey, secretKey, List.of("host", "x-sdk-date"), date));
        return context.next(request, response);
    }

    private static byte[] body(Object body) {
        if (body == null) {
            return new byte[0];
        }
        return body instanceof byte[] bytes ? bytes : body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
