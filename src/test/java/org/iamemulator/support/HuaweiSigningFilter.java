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
import java.util.ArrayList;
import java.util.HashMap;
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
    private final String securityToken;
    private final boolean tokenSigned;

    private HuaweiSigningFilter(
            String accessKey, String secretKey, Instant at, String securityToken, boolean tokenSigned) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.at = at;
        this.securityToken = securityToken;
        this.tokenSigned = tokenSigned;
    }

    public static HuaweiSigningFilter with(String accessKey, String secretKey) {
        return new HuaweiSigningFilter(accessKey, secretKey, null, null, false);
    }

    /** Signs as if the request were made at another time (stale and future dates). */
    public static HuaweiSigningFilter at(String accessKey, String secretKey, Instant at) {
        return new HuaweiSigningFilter(accessKey, secretKey, at, null, false);
    }

    /** Temporary credentials, as the SDKs send them: {@code X-Security-Token} among the signed headers. */
    public HuaweiSigningFilter withSecurityToken(String token) {
        return new HuaweiSigningFilter(accessKey, secretKey, at, token, true);
    }

    /** {@code X-Security-Token} sent but left out of the signature. */
    public HuaweiSigningFilter withUnsignedSecurityToken(String token) {
        return new HuaweiSigningFilter(accessKey, secretKey, at, token, false);
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
        URI uri = URI.create(request.getURI());
        String host = uri.getHost() + ":" + uri.getPort();
        String date = SDK_DATE.format(at == null ? Instant.now() : at);
        Map<String, String> headers = new HashMap<>(Map.of("Host", host, "X-Sdk-Date", date));
        List<String> signedHeaders = new ArrayList<>(List.of("host", "x-sdk-date"));
        if (securityToken != null) {
            request.header("X-Security-Token", securityToken);
            if (tokenSigned) {
                headers.put("X-Security-Token", securityToken);
                signedHeaders.add("x-security-token");
            }
        }
        SignedRequest signed = SignedRequest.of(
                request.getMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body(request.getBody()));
        request.header("X-Sdk-Date", date);
        request.header("Authorization", SdkSigner.sign(signed, accessKey, secretKey, signedHeaders, date));
        return context.next(request, response);
    }

    private static byte[] body(Object body) {
        if (body == null) {
            return new byte[0];
        }
        return body instanceof byte[] bytes ? bytes : body.toString().getBytes(StandardCharsets.UTF_8);
    }
}
