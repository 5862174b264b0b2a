package org.iamemulator.ctyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.iamemulator.ctyun.signing.SigV4;
import org.iamemulator.web.signing.SigningPrimitives;
import org.junit.jupiter.api.Test;

/** AWS's own SigV4 test vector and the emulator-shaped one from the reference. */
class SigV4VectorsTest {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    @Test
    void awsListUsersVector() {
        Map<String, List<String>> headers = Map.of(
                "content-type",
                List.of("application/x-www-form-urlencoded; charset=utf-8"),
                "host",
                List.of("iam.amazonaws.com"),
                "x-amz-date",
                List.of("20150830T123600Z"));
        String canonical = SigV4.canonicalRequest(
                "GET",
                "/",
                "Action=ListUsers&Version=2010-05-08",
                List.of("content-type", "host", "x-amz-date"),
                headers::get,
                SigningPrimitives.sha256Hex(new byte[0]));
        byte[] key = SigV4.signingKey(SECRET, "20150830", "us-east-1", "iam");

        assertThat(SigningPrimitives.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
        assertThat(HexFormat.of().formatHex(key))
                .isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
        assertThat(SigV4.signature(
                        key, SigV4.stringToSign("20150830T123600Z", "20150830/us-east-1/iam/aws4_request", canonical)))
                .isEqualTo("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
    }

    @Test
    void emulatorShapedGetUserVector() {
        byte[] body = "Action=GetUser&Version=2010-05-08&UserName=alice".getBytes(StandardCharsets.UTF_8);
        Map<String, List<String>> headers = Map.of(
                "content-type",
                List.of("application/x-www-form-urlencoded; charset=utf-8"),
                "host",
                List.of("127.0.0.1:8080"),
                "x-amz-date",
                List.of("20201014T072525Z"));
        SigV4.Authorization authorization = SigV4.Authorization.parse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"
                + "20201014/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=x");

        String canonical = SigV4.canonicalRequest(
                "POST", "/", null, authorization.signedHeaders(), headers::get, SigningPrimitives.sha256Hex(body));

        assertThat(SigningPrimitives.sha256Hex(body))
                .isEqualTo("b02641039b327abd5a57fab274a38ec37f3e2b52c2f46579444d5fc1f610a5b2");
        assertThat(authorization.scope()).isEqualTo("20201014/us-east-1/iam/aws4_request");
        assertThat(SigV4.signature(
                        SigV4.signingKey(SECRET, "20201014", "us-east-1", "iam"),
                        SigV4.stringToSign("20201014T072525Z", authorization.scope(), canonical)))
                .isEqualTo("64b1e9a482cd349e46aab8d54d0052f6f87bf769b6931fc95a46a6275cc8a2eb");
    }

    @Test
    void malformedHeadersAreRefused() {
        assertThat(SigV4.Authorization.parse(
                        "AWS4-HMAC-SHA256 Credential=AK/20201014/us-east-1/iam, " + "SignedHeaders=host, Signature=x"))
                .isNull();
        assertThat(SigV4.Authorization.parse("AWS AK:signature")).isNull();
    }
}
