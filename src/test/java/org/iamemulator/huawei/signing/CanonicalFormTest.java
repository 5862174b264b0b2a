package org.iamemulator.huawei.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.iamemulator.huawei.signing.SignatureException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical request building blocks (reference §7.1). */
class CanonicalFormTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "/                         | /",
                "NULL                      | /",
                "''                        | /",
                "/v5/users                 | /v5/users/",
                "/v5/users/                | /v5/users/",
                "/v5/users/abc123          | /v5/users/abc123/",
                "/a//b                     | /a//b/",
                "/v5/users/a%20b           | /v5/users/a%20b/",
                "/v5/users/a+b             | /v5/users/a%2Bb/",
                "/v5/users/a%2Bb           | /v5/users/a%2Bb/",
                "/v5/users/a%2fb           | /v5/users/a%2Fb/",
                "/v5/users/%C3%BC%E2%82%AC | /v5/users/%C3%BC%E2%82%AC/",
                "/v5/users/%c3%bc          | /v5/users/%C3%BC/",
                "/v5/users/~x*y            | /v5/users/~x%2Ay/",
                "/v5/users/%7E             | /v5/users/~/",
                "/v5/users/50%             | /v5/users/50%25/",
                "/v5/users/50%zz           | /v5/users/50%25zz/",
                "/v5/users/%FF             | /v5/users/%FF/",
            })
    void canonicalUri(String raw, String expected) {
        assertThat(SdkSignatureVerifier.canonicalUri(raw, true)).isEqualTo(expected);
    }

    @Test
    void canonicalUriOfRawUnicode() {
        assertThat(SdkSignatureVerifier.canonicalUri("/v5/users/\u00fc", true)).isEqualTo("/v5/users/%C3%BC/");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "NULL                                      | ''",
                "''                                        | ''",
                "limit=2&group_id=g%201&marker=abc%2B%2F%3D | group_id=g%201&limit=2&marker=abc%2B%2F%3D",
                "marker=a+b                                | marker=a%20b",
                "flag                                      | flag=",
                "flag=                                     | flag=",
                "b=2&&a=1&                                 | a=1&b=2",
                "k=v=w                                     | k=v%3Dw",
                "k=b&k=a&j=z                               | j=z&k=a&k=b",
                "%6B=%2a%7e                                | k=%2A~",
                "q=%E2%82%AC&p=%F0%9F%98%80                | p=%F0%9F%98%80&q=%E2%82%AC",
                "a-b=1&a_b=2&a.b=3&A=4                     | A=4&a-b=1&a.b=3&a_b=2",
            })
    void canonicalQuery(String raw, String expected) {
        SignedRequest r = SignedRequest.of("GET", "/", raw, Map.of("Host", "h"), null);
        String canonical = SdkSignatureVerifier.canonicalRequest(r, List.of("host"));
        assertThat(canonical.split("\n", -1)[2]).isEqualTo(expected);
    }

    @Test
    void fullCanonicalRequestLayout() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        SignedRequest r = SignedRequest.of(
                "POST",
                "/v5/users",
                "limit=2",
                Map.of("Host", "127.0.0.1:8080", "X-Sdk-Date", "20240301T101500Z", "x-domain-id", " d1 "),
                body);
        assertThat(SdkSignatureVerifier.canonicalRequest(r, List.of("host", "X-Domain-Id", "x-sdk-date")))
                .isEqualTo("POST\n/v5/users/\nlimit=2\n"
                        + "host:127.0.0.1:8080\nx-domain-id:d1\nx-sdk-date:20240301T101500Z\n\n"
                        + "host;x-domain-id;x-sdk-date\n"
                        + "015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
    }

    @Test
    void emptyBodyHash() {
        SignedRequest r = SignedRequest.of("GET", "/", null, Map.of("Host", "h"), null);
        assertThat(SdkSignatureVerifier.canonicalRequest(r, List.of("host")))
                .endsWith("\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void missingSignedHeaderIsReported() {
        SignedRequest r = SignedRequest.of("GET", "/", null, Map.of("Host", "h"), null);
        SignatureException e = catchThrowableOfType(
                SignatureException.class,
                () -> SdkSignatureVerifier.canonicalRequest(r, List.of("host", "x-domain-id")));
        assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        assertThat(e.getMessage()).contains("x-domain-id");
    }

    @Test
    void signNormalisesHeaderNamesAndUsesGivenDate() {
        SignedRequest r = SignedRequest.of("GET", "/v5/users", null, Map.of("Host", "h:1"), null);
        String header = SdkSigner.sign(r, "AK", "SK", List.of("X-Sdk-Date", "Host", "host"), "20240301T101500Z");
        assertThat(header).matches("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=[0-9a-f]{64}");
    }
}
