package org.iamemulator.huawei.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.iamemulator.huawei.signing.SignatureException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SdkAuthorizationTest {

    static final String SIG = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    static final String SIG_SHORT = "123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    static final String SIG_NOT_HEX = "0123456789gbcdef0123456789gbcdef0123456789gbcdef0123456789gbcdef";
    static final String SIG_ARABIC_DIGIT =
            "0\u066123456789abcdef0\u066123456789abcdef0\u066123456789abcdef0\u066123456789abcdef";

    @Test
    void parsesSdkHmacSha256() {
        SdkAuthorization a = SdkAuthorization.parse(
                "SDK-HMAC-SHA256 Access=HPUAQWERTY, SignedHeaders=host;user-agent;x-sdk-date, Signature=" + SIG);
        assertThat(a.algorithm()).isEqualTo("SDK-HMAC-SHA256");
        assertThat(a.accessKeyId()).isEqualTo("HPUAQWERTY");
        assertThat(a.signedHeaders()).containsExactly("host", "user-agent", "x-sdk-date");
        assertThat(a.signature()).isEqualTo(SIG);
        assertThat(a.credentialScope()).isNull();
        assertThat(a.isDerived()).isFalse();
    }

    @Test
    void parsesV11() {
        SdkAuthorization a = SdkAuthorization.parse(
                "V11-HMAC-SHA256 Credential=HPUAQWERTY/20240301/globe/iam, SignedHeaders=host;x-sdk-date, Signature="
                        + SIG.toUpperCase());
        assertThat(a.algorithm()).isEqualTo("V11-HMAC-SHA256");
        assertThat(a.accessKeyId()).isEqualTo("HPUAQWERTY");
        assertThat(a.credentialScope()).isEqualTo("20240301/globe/iam");
        assertThat(a.signature()).isEqualTo(SIG);
        assertThat(a.isDerived()).isTrue();
    }

    @Test
    void toleratesParameterOrderAndSpacing() {
        SdkAuthorization a =
                SdkAuthorization.parse("  SDK-HMAC-SHA256   Signature=" + SIG + ",SignedHeaders=host ,  Access=AK1  ");
        assertThat(a.accessKeyId()).isEqualTo("AK1");
        assertThat(a.signedHeaders()).containsExactly("host");
    }

    @Test
    void signedHeadersListIsImmutable() {
        SdkAuthorization a = SdkAuthorization.parse("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=" + SIG);
        assertThat(a.signedHeaders()).isUnmodifiable();
        assertThat(new SdkAuthorization("SDK-HMAC-SHA256", "AK", new java.util.ArrayList<>(List.of("host")), SIG, null)
                        .signedHeaders())
                .isUnmodifiable();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void missing(String value) {
        assertThat(reason(value)).isEqualTo(Reason.MISSING);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SDK-HMAC-SM3 Access=AK, SignedHeaders=host, Signature=" + SIG,
                "SDK-ECDSA-P256-SHA256 Access=AK, SignedHeaders=host, Signature=" + SIG,
                "AWS4-HMAC-SHA256 Credential=AK/20240301/us-east-1/iam/aws4_request, SignedHeaders=host, Signature="
                        + SIG,
                "Bearer eyJhbGciOiJIUzI1NiJ9",
                "Basic dXNlcjpwYXNz",
                "sdk-hmac-sha256 Access=AK, SignedHeaders=host, Signature=" + SIG,
            })
    void unsupportedAlgorithm(String value) {
        assertThat(reason(value)).isEqualTo(Reason.UNSUPPORTED_ALGORITHM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SDK-HMAC-SHA256",
                "SDK-HMAC-SHA256 ",
                "SDK-HMAC-SHA256 Access=AK",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host",
                "SDK-HMAC-SHA256 SignedHeaders=host, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=" + SIG + ",",
                "SDK-HMAC-SHA256 Access=AK,, SignedHeaders=host, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK SignedHeaders=host Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK, Access=AK2, SignedHeaders=host, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=" + SIG + ", Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=" + SIG + ", Extra=1",
                "SDK-HMAC-SHA256 Credential=AK/20240301/globe/iam, SignedHeaders=host, Signature=" + SIG,
                "SDK-HMAC-SHA256 access=AK, signedheaders=host, signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=" + SIG_SHORT,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=" + SIG + "0",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=" + SIG_NOT_HEX,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=" + SIG_ARABIC_DIGIT,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=Host;X-Sdk-Date, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;;x-sdk-date, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date;, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;host, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=ho:st, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=A/K, SignedHeaders=host, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access=A\u00c9K, SignedHeaders=host, Signature=" + SIG,
                "SDK-HMAC-SHA256 Access==AK, SignedHeaders=host, Signature=" + SIG,
                "SDK-HMAC-SHA256 =AK, SignedHeaders=host, Signature=" + SIG,
                "SDK-HMAC-SHA256; Access=AK, SignedHeaders=host, Signature=" + SIG,
                "V11-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=" + SIG,
                "V11-HMAC-SHA256 Credential=AK, SignedHeaders=host, Signature=" + SIG,
                "V11-HMAC-SHA256 Credential=AK/20240301/globe, SignedHeaders=host, Signature=" + SIG,
                "V11-HMAC-SHA256 Credential=AK/20240301/globe/iam/extra, SignedHeaders=host, Signature=" + SIG,
                "V11-HMAC-SHA256 Credential=AK/2024031/globe/iam, SignedHeaders=host, Signature=" + SIG,
                "V11-HMAC-SHA256 Credential=AK/2024030X/globe/iam, SignedHeaders=host, Signature=" + SIG,
                "V11-HMAC-SHA256 Credential=AK//globe/iam, SignedHeaders=host, Signature=" + SIG,
                "V11-HMAC-SHA256 Credential=AK/20240301//iam, SignedHeaders=host, Signature=" + SIG,
                "V11-HMAC-SHA256 Credential=/20240301/globe/iam, SignedHeaders=host, Signature=" + SIG,
            })
    void malformed(String value) {
        assertThat(reason(value)).isEqualTo(Reason.MALFORMED);
    }

    @Test
    void overlongHeaderIsMalformed() {
        assertThat(reason("SDK-HMAC-SHA256 Access=AK, SignedHeaders=" + "a;".repeat(5000) + "b, Signature=" + SIG))
                .isEqualTo(Reason.MALFORMED);
    }

    @Test
    void messagesDoNotEchoSignature() {
        SignatureException e = catchThrowableOfType(
                SignatureException.class,
                () -> SdkAuthorization.parse("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;host, Signature=" + SIG));
        assertThat(e.getMessage()).doesNotContain(SIG);
    }

    private static Reason reason(String value) {
        SignatureException e = catchThrowableOfType(SignatureException.class, () -> SdkAuthorization.parse(value));
        assertThat(e).as("parse(%s) should fail", value).isNotNull();
        return e.reason();
    }
}
