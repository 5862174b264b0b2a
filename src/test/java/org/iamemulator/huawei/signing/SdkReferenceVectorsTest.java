package org.iamemulator.huawei.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.iamemulator.huawei.signing.SdkReference.AK;
import static org.iamemulator.huawei.signing.SdkReference.SDK_DATE;
import static org.iamemulator.huawei.signing.SdkReference.SK;

import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Signatures produced by the real SDK signer (huaweicloud-sdk-core 3.1.192) must verify. */
class SdkReferenceVectorsTest {

    static final Instant SIGNED_AT = Instant.parse("2024-03-01T10:15:00Z");
    static final SdkSignatureVerifier VERIFIER =
            new SdkSignatureVerifier(Clock.fixed(SIGNED_AT, ZoneOffset.UTC), Duration.ofMinutes(15));

    record Vector(
            String name,
            Supplier<HttpRequest> request,
            Supplier<GlobalCredentials> credentials,
            boolean primaryCanonicalForm) {
        @Override
        public String toString() {
            return name;
        }
    }

    static GlobalCredentials withDomain() {
        return SdkReference.credentials(true, null);
    }

    static HttpRequest showUser(String userId) {
        return SdkReference.request()
                .withMethod(HttpMethod.GET)
                .withPath("/v5/users/{user_id}")
                .addPathParam("user_id", userId)
                .build();
    }

    static Stream<Vector> vectors() {
        String json = "{\"user\":{\"user_name\":\"alice\",\"description\":\"caf\u00e9 \u2603\",\"enabled\":true}}";
        return Stream.of(
                new Vector("GET without query", () -> showUser("a1b2c3d4"), SdkReferenceVectorsTest::withDomain, true),
                new Vector(
                        "GET root path",
                        () -> SdkReference.request()
                                .withMethod(HttpMethod.GET)
                                .withPath("/")
                                .build(),
                        SdkReferenceVectorsTest::withDomain,
                        true),
                new Vector(
                        "GET with query of odd characters",
                        () -> SdkReference.request()
                                .withMethod(HttpMethod.GET)
                                .withPath("/v5/users")
                                .addQueryParam("limit", List.of("2"))
                                .addQueryParam("group_id", List.of("g 1"))
                                .addQueryParam("marker", List.of("abc+/=*~!'()\u00fc\u20ac\uD83D\uDE00&x=y"))
                                .build(),
                        SdkReferenceVectorsTest::withDomain,
                        true),
                new Vector(
                        "GET with empty query value",
                        () -> SdkReference.request()
                                .withMethod(HttpMethod.GET)
                                .withPath("/v5/users")
                                .addQueryParam("marker", List.of(""))
                                .addQueryParam("limit", List.of("5"))
                                .build(),
                        SdkReferenceVectorsTest::withDomain,
                        true),
                new Vector(
                        "GET with repeated query key in unsorted order",
                        () -> SdkReference.request()
                                .withMethod(HttpMethod.GET)
                                .withPath("/v5/users")
                                .addQueryParam("tag", List.of("zeta", "alpha", "mid"))
                                .build(),
                        SdkReferenceVectorsTest::withDomain,
                        false),
                new Vector(
                        "POST with JSON body",
                        () -> SdkReference.request()
                                .withMethod(HttpMethod.POST)
                                .withPath("/v5/users")
                                .withContentType("application/json;charset=UTF-8")
                                .withBodyAsString(json)
                                .build(),
                        SdkReferenceVectorsTest::withDomain,
                        true),
                new Vector(
                        "PUT with JSON body",
                        () -> SdkReference.request()
                                .withMethod(HttpMethod.PUT)
                                .withPath("/v5/users/{user_id}")
                                .addPathParam("user_id", "u-1")
                                .withContentType("application/json")
                                .withBodyAsString("{\"user\":{\"enabled\":false}}")
                                .build(),
                        SdkReferenceVectorsTest::withDomain,
                        true),
                new Vector(
                        "DELETE with JSON body",
                        () -> SdkReference.request()
                                .withMethod(HttpMethod.DELETE)
                                .withPath("/v5/users/{user_id}/tags/delete")
                                .addPathParam("user_id", "u-1")
                                .withContentType("application/json")
                                .withBodyAsString("{\"tag_keys\":[\"k1\",\"k 2\"]}")
                                .build(),
                        SdkReferenceVectorsTest::withDomain,
                        true),
                new Vector(
                        "path segment with space, plus, unicode",
                        () -> showUser("a b+c\u00fc\u20ac\uD83D\uDE00"),
                        SdkReferenceVectorsTest::withDomain,
                        true),
                new Vector(
                        "path segment with sub-delims",
                        () -> showUser("x*y~z!$'(),;:@&="),
                        SdkReferenceVectorsTest::withDomain,
                        true),
                new Vector(
                        "path segment with lone percent",
                        () -> showUser("50%off"),
                        SdkReferenceVectorsTest::withDomain,
                        true),
                new Vector(
                        "path segment with pre-encoded %2F",
                        () -> showUser("a%2Fb"), SdkReferenceVectorsTest::withDomain, false),
                new Vector(
                        "path with trailing slash",
                        () -> SdkReference.request()
                                .withMethod(HttpMethod.GET)
                                .withPath("/v5/users/")
                                .build(),
                        SdkReferenceVectorsTest::withDomain,
                        true),
                new Vector(
                        "without X-Domain-Id",
                        () -> showUser("u-1"),
                        () -> SdkReference.credentials(false, null),
                        true),
                new Vector(
                        "with X-Security-Token",
                        () -> showUser("u-1"),
                        () -> SdkReference.credentials(true, "gQpjbi1ub3J0aC00jTdAPCTL+/=token"),
                        true),
                new Vector(
                        "UNSIGNED-PAYLOAD for non-JSON body",
                        () -> SdkReference.request()
                                .withMethod(HttpMethod.POST)
                                .withPath("/v5/objects")
                                .withContentType("application/octet-stream")
                                .withBodyAsString("raw bytes \u0001\u0002")
                                .build(),
                        SdkReferenceVectorsTest::withDomain,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void sdkSignatureVerifies(Vector v) {
        HttpRequest signed =
                SdkReference.sign(v.request().get(), v.credentials().get());
        SignedRequest wire = SdkReference.onTheWire(signed);
        SdkAuthorization auth = SdkAuthorization.parse(SdkReference.authorization(signed));

        assertThat(auth.algorithm()).isEqualTo("SDK-HMAC-SHA256");
        assertThat(auth.accessKeyId()).isEqualTo(AK);
        assertThatCode(() -> VERIFIER.verify(wire, auth, SK)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void ourSignerProducesTheSdkHeader(Vector v) {
        HttpRequest signed =
                SdkReference.sign(v.request().get(), v.credentials().get());
        SignedRequest wire = SdkReference.onTheWire(signed);
        SdkAuthorization auth = SdkAuthorization.parse(SdkReference.authorization(signed));

        String ours = SdkSigner.sign(wire, AK, SK, auth.signedHeaders(), SDK_DATE);
        if (v.primaryCanonicalForm()) {
            assertThat(ours).isEqualTo(SdkReference.authorization(signed));
        } else {
            // SDK signs a non-canonical variant here; ours differs but both verify.
            assertThat(ours).isNotEqualTo(SdkReference.authorization(signed));
        }
        assertThatCode(() -> VERIFIER.verify(wire, SdkAuthorization.parse(ours), SK))
                .doesNotThrowAnyException();
    }

    @Test
    void signedHeaderSetMatchesReference() {
        HttpRequest signed = SdkReference.sign(
                SdkReference.request()
                        .withMethod(HttpMethod.POST)
                        .withPath("/v5/users")
                        .withContentType("application/json")
                        .withBodyAsString("{}")
                        .build(),
                SdkReference.credentials(true, "tok"));
        SdkAuthorization auth = SdkAuthorization.parse(SdkReference.authorization(signed));
        // Content-Type is never signed; Host comes from the endpoint authority including the port.
        assertThat(auth.signedHeaders())
                .containsExactly("host", "user-agent", "x-domain-id", "x-sdk-date", "x-security-token");
        assertThat(signed.getHeader("Host")).isEqualTo("127.0.0.1:8080");
    }

    @Test
    void derivedV11SignatureVerifiesAndMatchesOurSigner() {
        GlobalCredentials cred = withDomain();
        cred.withDerivedPredicate(r -> true);
        cred.processDerivedAuthParams("iam", "ignored-for-global");
        HttpRequest signed = SdkReference.sign(
                SdkReference.request()
                        .withMethod(HttpMethod.POST)
                        .withPath("/v5/users")
                        .addQueryParam("x", List.of("a b"))
                        .withContentType("application/json")
                        .withBodyAsString("{\"user\":{}}")
                        .build(),
                cred);
        String header = SdkReference.authorization(signed);
        SignedRequest wire = SdkReference.onTheWire(signed);
        SdkAuthorization auth = SdkAuthorization.parse(header);

        assertThat(header).startsWith("V11-HMAC-SHA256 Credential=" + AK + "/20240301/globe/iam, ");
        assertThat(auth.algorithm()).isEqualTo("V11-HMAC-SHA256");
        assertThat(auth.credentialScope()).isEqualTo("20240301/globe/iam");
        assertThatCode(() -> VERIFIER.verify(wire, auth, SK)).doesNotThrowAnyException();
        assertThat(SdkSigner.signDerived(wire, AK, SK, auth.signedHeaders(), SDK_DATE, "globe", "iam"))
                .isEqualTo(header);
    }
}
