package org.iamemulator.huawei.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.iamemulator.huawei.signing.SdkReference.AK;
import static org.iamemulator.huawei.signing.SdkReference.SDK_DATE;
import static org.iamemulator.huawei.signing.SdkReference.SK;

import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.iamemulator.huawei.signing.SignatureException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SdkSignatureVerifierTest {

    static final Instant SIGNED_AT = Instant.parse("2024-03-01T10:15:00Z");
    static final String OTHER_AK = "HPUAZXCVBNMLKJHGFDSA";
    static final String OTHER_SK = "anotherSecretKey0123456789abcdefghijklmno";
    static final Map<String, String> KEY_STORE = Map.of(AK, SK, OTHER_AK, OTHER_SK);

    static SdkSignatureVerifier verifierAt(Instant now) {
        return new SdkSignatureVerifier(Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(15));
    }

    static final SdkSignatureVerifier VERIFIER = verifierAt(SIGNED_AT);

    /** Mutable copy of a received request, for tampering. */
    static final class Wire {
        String method;
        String path;
        String query;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;

        Wire(SignedRequest r, Map<String, String> h) {
            method = r.method();
            path = r.rawPath();
            query = r.rawQuery();
            headers.putAll(h);
            body = r.body();
        }

        SignedRequest request() {
            return SignedRequest.of(method, path, query, headers, body);
        }
    }

    /** SDK-signed POST /v5/users?limit=2&marker=a%20b with a JSON body and X-Domain-Id. */
    static Wire sdkSigned(GlobalCredentials cred) {
        HttpRequest signed = SdkReference.sign(
                SdkReference.request()
                        .withMethod(HttpMethod.POST)
                        .withPath("/v5/users")
                        .addQueryParam("limit", List.of("2"))
                        .addQueryParam("marker", List.of("a b"))
                        .withContentType("application/json")
                        .withBodyAsString("{\"user\":{\"user_name\":\"alice\"}}")
                        .build(),
                cred);
        SignedRequest wire = SdkReference.onTheWire(signed);
        Map<String, String> headers = new LinkedHashMap<>();
        signed.getHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
        headers.put("Content-Type", "application/json");
        return new Wire(wire, headers);
    }

    static Wire base() {
        return sdkSigned(SdkReference.credentials(true, null));
    }

    static void verify(Wire w) {
        verify(w, VERIFIER);
    }

    static void verify(Wire w, SdkSignatureVerifier verifier) {
        SdkAuthorization auth = SdkAuthorization.parse(w.headers.get("Authorization"));
        verifier.verify(w.request(), auth, KEY_STORE.get(auth.accessKeyId()));
    }

    static Reason failure(Wire w) {
        return failure(w, VERIFIER);
    }

    static Reason failure(Wire w, SdkSignatureVerifier verifier) {
        SignatureException e = catchThrowableOfType(SignatureException.class, () -> verify(w, verifier));
        assertThat(e).as("verification should fail").isNotNull();
        assertThat(e.getMessage()).doesNotContain(SK).doesNotContain(OTHER_SK);
        return e.reason();
    }

    static Wire tampered(UnaryOperator<Wire> change) {
        return change.apply(base());
    }

    @Test
    void untouchedRequestVerifies() {
        assertThatCode(() -> verify(base())).doesNotThrowAnyException();
    }

    @Test
    void tamperedMethodFails() {
        assertThat(failure(tampered(w -> {
                    w.method = "PUT";
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void tamperedPathFails() {
        assertThat(failure(tampered(w -> {
                    w.path = "/v5/users/x";
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
        assertThat(failure(tampered(w -> {
                    w.path = "/v5/Users";
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void equivalentPathEncodingStillVerifies() {
        // %75 is 'u': same decoded path, same canonical URI.
        assertThatCode(() -> verify(tampered(w -> {
                    w.path = "/v5/%75sers";
                    return w;
                })))
                .doesNotThrowAnyException();
        assertThatCode(() -> verify(tampered(w -> {
                    w.path = "/v5/users/";
                    return w;
                })))
                .doesNotThrowAnyException();
    }

    @Test
    void tamperedQueryFails() {
        assertThat(failure(tampered(w -> {
                    w.query = "limit=3&marker=a%20b";
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
        assertThat(failure(tampered(w -> {
                    w.query = w.query + "&extra=1";
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
        assertThat(failure(tampered(w -> {
                    w.query = null;
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void reorderedOrReencodedQueryStillVerifies() {
        assertThatCode(() -> verify(tampered(w -> {
                    w.query = "marker=a+b&limit=2";
                    return w;
                })))
                .doesNotThrowAnyException();
    }

    @Test
    void tamperedBodyFails() {
        assertThat(failure(tampered(w -> {
                    w.body = "{\"user\":{\"user_name\":\"mallory\"}}".getBytes(StandardCharsets.UTF_8);
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
        assertThat(failure(tampered(w -> {
                    w.body = new byte[0];
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void tamperedSignedHeaderFails() {
        assertThat(failure(tampered(w -> {
                    w.headers.put("X-Domain-Id", "ffffffffffffffffffffffffffffffff");
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
        assertThat(failure(tampered(w -> {
                    w.headers.put("Host", "127.0.0.1:8081");
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
        assertThat(failure(tampered(w -> {
                    w.headers.put("User-Agent", "curl/8");
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void removedSignedHeaderFails() {
        assertThat(failure(tampered(w -> {
                    w.headers.remove("X-Domain-Id");
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void droppingANameFromSignedHeadersFails() {
        assertThat(failure(tampered(w -> {
                    w.headers.put(
                            "Authorization", w.headers.get("Authorization").replace("x-domain-id;", ""));
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void unsignedHeadersMayChange() {
        assertThatCode(() -> verify(tampered(w -> {
                    w.headers.put("Content-Type", "text/plain");
                    w.headers.put("X-Forwarded-For", "10.0.0.1");
                    return w;
                })))
                .doesNotThrowAnyException();
    }

    @Test
    void headerValueWhitespaceIsTrimmed() {
        assertThatCode(() -> verify(tampered(w -> {
                    w.headers.put("X-Domain-Id", "  " + w.headers.get("X-Domain-Id") + " ");
                    return w;
                })))
                .doesNotThrowAnyException();
    }

    @Test
    void tamperedDateFails() {
        assertThat(failure(tampered(w -> {
                    w.headers.put("X-Sdk-Date", "20240301T101501Z");
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void tamperedAccessKeyFails() {
        // SDK-HMAC-SHA256 does not sign the AK itself: the server resolves the SK of the claimed AK.
        assertThat(failure(tampered(w -> {
                    w.headers.put(
                            "Authorization", w.headers.get("Authorization").replace(AK, OTHER_AK));
                    return w;
                })))
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void tamperedSignatureFails() {
        Wire w = base();
        String header = w.headers.get("Authorization");
        char last = header.charAt(header.length() - 1);
        w.headers.put("Authorization", header.substring(0, header.length() - 1) + (last == '0' ? '1' : '0'));
        assertThat(failure(w)).isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void upperCaseSignatureHexIsAccepted() {
        Wire w = base();
        String header = w.headers.get("Authorization");
        int i = header.indexOf("Signature=") + "Signature=".length();
        w.headers.put(
                "Authorization", header.substring(0, i) + header.substring(i).toUpperCase());
        assertThatCode(() -> verify(w)).doesNotThrowAnyException();
    }

    @Test
    void wrongSecretKeyFails() {
        Wire w = base();
        SdkAuthorization auth = SdkAuthorization.parse(w.headers.get("Authorization"));
        SignatureException e =
                catchThrowableOfType(SignatureException.class, () -> VERIFIER.verify(w.request(), auth, OTHER_SK));
        assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
        assertThat(catchThrowableOfType(SignatureException.class, () -> VERIFIER.verify(w.request(), auth, ""))
                        .reason())
                .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void staleAndFutureDatesAreSkewed() {
        assertThat(failure(
                        base(), verifierAt(SIGNED_AT.plus(Duration.ofMinutes(15).plusSeconds(1)))))
                .isEqualTo(Reason.DATE_SKEWED);
        assertThat(failure(
                        base(),
                        verifierAt(SIGNED_AT.minus(Duration.ofMinutes(15).plusSeconds(1)))))
                .isEqualTo(Reason.DATE_SKEWED);
        assertThat(failure(base(), verifierAt(SIGNED_AT.plus(Duration.ofDays(1)))))
                .isEqualTo(Reason.DATE_SKEWED);
    }

    @Test
    void skewBoundaryIsInclusive() {
        assertThatCode(() -> verify(base(), verifierAt(SIGNED_AT.plus(Duration.ofMinutes(15)))))
                .doesNotThrowAnyException();
        assertThatCode(() -> verify(base(), verifierAt(SIGNED_AT.minus(Duration.ofMinutes(15)))))
                .doesNotThrowAnyException();
    }

    @Test
    void missingDateFails() {
        assertThat(failure(tampered(w -> {
                    w.headers.remove("X-Sdk-Date");
                    return w;
                })))
                .isEqualTo(Reason.DATE_MISSING);
        assertThat(failure(tampered(w -> {
                    w.headers.put("X-Sdk-Date", " ");
                    return w;
                })))
                .isEqualTo(Reason.DATE_MISSING);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-03-01T10:15:00Z",
                "20240301T101500",
                "20240230T101500Z",
                "20240301T251500Z",
                "20240301t101500z",
                "Fri, 01 Mar 2024 10:15:00 GMT",
                "1709288100",
                "20240301T101500Z1",
                "+20240301T101500Z"
            })
    void invalidDateFormatsFail(String date) {
        assertThat(failure(tampered(w -> {
                    w.headers.put("X-Sdk-Date", date);
                    return w;
                })))
                .isEqualTo(Reason.DATE_INVALID);
    }

    @Test
    void unsignedPayloadIgnoresBody() {
        Wire w = base();
        w.headers.put("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
        w.headers.put(
                "Authorization",
                SdkSigner.sign(w.request(), AK, SK, List.of("host", "x-sdk-date", "x-domain-id"), SDK_DATE));
        assertThatCode(() -> verify(w)).doesNotThrowAnyException();
        w.body = "something else".getBytes(StandardCharsets.UTF_8);
        assertThatCode(() -> verify(w)).doesNotThrowAnyException();
        w.headers.remove("X-Sdk-Content-Sha256");
        assertThat(failure(w)).isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void declaredContentHashMustMatchBody() {
        Wire w = base();
        w.body = new byte[0];
        w.headers.put("X-Sdk-Content-Sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        w.headers.put("Authorization", SdkSigner.sign(w.request(), AK, SK, List.of("host", "x-sdk-date"), SDK_DATE));
        assertThatCode(() -> verify(w)).doesNotThrowAnyException();
        w.body = "{}".getBytes(StandardCharsets.UTF_8);
        assertThat(failure(w)).isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void derivedSignatureBindsAccessKeyAndScope() {
        GlobalCredentials cred = SdkReference.credentials(true, null);
        cred.withDerivedPredicate(r -> true);
        cred.processDerivedAuthParams("iam", null);
        Wire w = sdkSigned(cred);
        assertThatCode(() -> verify(w)).doesNotThrowAnyException();

        String header = w.headers.get("Authorization");
        // Same SK but different AK: the HKDF salt changes, so the signature no longer matches.
        Wire otherAk = sdkSigned(cred);
        otherAk.headers.put("Authorization", header.replace(AK, OTHER_AK));
        SdkAuthorization auth = SdkAuthorization.parse(otherAk.headers.get("Authorization"));
        assertThat(catchThrowableOfType(SignatureException.class, () -> VERIFIER.verify(otherAk.request(), auth, SK))
                        .reason())
                .isEqualTo(Reason.SIGNATURE_MISMATCH);

        Wire otherRegion = sdkSigned(cred);
        otherRegion.headers.put("Authorization", header.replace("/globe/", "/cn-north-4/"));
        assertThat(failure(otherRegion)).isEqualTo(Reason.SIGNATURE_MISMATCH);

        Wire otherService = sdkSigned(cred);
        otherService.headers.put("Authorization", header.replace("/iam,", "/sts,"));
        assertThat(failure(otherService)).isEqualTo(Reason.SIGNATURE_MISMATCH);

        Wire otherScopeDate = sdkSigned(cred);
        otherScopeDate.headers.put("Authorization", header.replace("/20240301/", "/20240302/"));
        assertThat(failure(otherScopeDate)).isEqualTo(Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void derivedKeyMatchesSdkHkdf() throws Exception {
        Class<?> hkdf = Class.forName("com.huaweicloud.sdk.core.auth.DerivedAKSKSigner$HKDF");
        var m = hkdf.getDeclaredMethod("getDerKeySHA256", String.class, String.class, String.class);
        m.setAccessible(true);
        String sdkKey = (String) m.invoke(null, AK, SK, "20240301/globe/iam");
        assertThat(new String(SdkSignatureVerifier.derivedKey(AK, SK, "20240301/globe/iam"), StandardCharsets.US_ASCII))
                .isEqualTo(sdkKey)
                .hasSize(64);
    }
}
