package org.iamemulator.huawei.signing;

import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Produces reference signatures with the real huaweicloud-sdk-core signer and turns the signed
 * SDK request into what the server receives on the wire (OkHttp URL canonicalisation included).
 */
final class SdkReference {

    static final String ENDPOINT = "http://127.0.0.1:8080";
    static final String AK = "HPUAQWERTYUIOPASDFGH";
    static final String SK = "sEcReTkEy0123456789abcdefghijklmnopqrstu";
    static final String DOMAIN_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static final String SDK_DATE = "20240301T101500Z";
    static final String USER_AGENT = "huaweicloud-usdk-java/3.0";

    private SdkReference() {}

    static GlobalCredentials credentials(boolean withDomainId, String securityToken) {
        GlobalCredentials c = new GlobalCredentials().withAk(AK).withSk(SK);
        if (withDomainId) {
            c.withDomainId(DOMAIN_ID);
        }
        if (securityToken != null) {
            c.withSecurityToken(securityToken);
        }
        return c;
    }

    static HttpRequest.HttpRequestBuilder request() {
        return HttpRequest.newBuilder()
                .withEndpoint(ENDPOINT)
                .addHeader("User-Agent", USER_AGENT)
                .addHeader("X-Sdk-Date", SDK_DATE);
    }

    /** Runs the SDK's own auth processing (adds X-Domain-Id / X-Security-Token, signs). */
    static HttpRequest sign(HttpRequest request, GlobalCredentials credentials) {
        return credentials.syncProcessAuthRequest(request, null);
    }

    /** The request as the emulator would see it after OkHttp sent the SDK's request. */
    static SignedRequest onTheWire(HttpRequest signed) {
        HttpUrl url = HttpUrl.get(signed.getUrl());
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : signed.getHeaders().entrySet()) {
            headers.put(e.getKey(), e.getValue().get(0));
        }
        if (signed.getContentType() != null) {
            headers.putIfAbsent("Content-Type", signed.getContentType());
        }
        headers.putIfAbsent(
                "Host", url.port() == HttpUrl.defaultPort(url.scheme()) ? url.host() : url.host() + ":" + url.port());
        String body = signed.getBodyAsString();
        return SignedRequest.of(
                signed.getMethod().name(),
                url.encodedPath(),
                url.encodedQuery(),
                headers,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }

    static String authorization(HttpRequest signed) {
        return signed.getHeader("Authorization");
    }
}
