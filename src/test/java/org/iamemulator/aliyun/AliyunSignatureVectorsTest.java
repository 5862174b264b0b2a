package org.iamemulator.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.iamemulator.aliyun.signing.Acs3Signature;
import org.iamemulator.aliyun.signing.RpcSignatureV1;
import org.junit.jupiter.api.Test;

/** The reference vectors of signature V1 and V3, computed by the official SDK's own signing code. */
class AliyunSignatureVectorsTest {

    private static final List<Map.Entry<String, String>> V1_PARAMETERS = List.of(
            Map.entry("AccessKeyId", "testid"),
            Map.entry("Action", "GetLoginProfile"),
            Map.entry("Format", "JSON"),
            Map.entry("SignatureMethod", "HMAC-SHA1"),
            Map.entry("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
            Map.entry("SignatureVersion", "1.0"),
            Map.entry("Timestamp", "2020-10-14T07:25:25Z"),
            Map.entry("UserPrincipalName", "alice@example.onaliyun.com"),
            Map.entry("Version", "2019-08-15"));

    @Test
    void v1PostVector() {
        assertThat(RpcSignatureV1.sign(RpcSignatureV1.stringToSign("POST", V1_PARAMETERS), "testsecret"))
                .isEqualTo("4qIhIe/dvGBHepA8PCKqDYL1Tbo=");
    }

    @Test
    void v1GetVectorAndItsStringToSign() {
        String stringToSign = RpcSignatureV1.stringToSign("GET", V1_PARAMETERS);

        assertThat(stringToSign)
                .startsWith("GET&%2F&AccessKeyId%3Dtestid%26Action%3DGetLoginProfile%26Format%3DJSON")
                .contains("2020-10-14T07%253A25%253A25Z")
                .contains("alice%2540example.onaliyun.com");
        assertThat(RpcSignatureV1.sign(stringToSign, "testsecret")).isEqualTo("dd7hvHJ4ndKWsryFfA1x8/SOgVI=");
    }

    @Test
    void v1IgnoresTheSignatureParameterAndTheOrderOfParameters() {
        List<Map.Entry<String, String>> shuffled = new java.util.ArrayList<>(V1_PARAMETERS);
        java.util.Collections.reverse(shuffled);
        shuffled.add(Map.entry("Signature", "anything"));

        assertThat(RpcSignatureV1.stringToSign("POST", shuffled))
                .isEqualTo(RpcSignatureV1.stringToSign("POST", V1_PARAMETERS));
    }

    @Test
    void v3Vector() {
        Map<String, String> headers = Map.of(
                "host",
                "127.0.0.1:8080",
                "x-acs-action",
                "GetLoginProfile",
                "x-acs-version",
                "2019-08-15",
                "x-acs-date",
                "2020-10-14T07:25:25Z",
                "x-acs-signature-nonce",
                "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
                "x-acs-content-sha256",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        Acs3Signature.Authorization authorization = Acs3Signature.Authorization.parse("ACS3-HMAC-SHA256 "
                + "Credential=testid,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;"
                + "x-acs-signature-nonce;x-acs-version,Signature=abc");

        String canonical = Acs3Signature.canonicalRequest(
                "POST",
                "/",
                "UserPrincipalName=alice%40example.onaliyun.com",
                authorization.signedHeaders(),
                headers::get,
                headers.get("x-acs-content-sha256"));

        assertThat(authorization.accessKeyId()).isEqualTo("testid");
        assertThat(Acs3Signature.sign(Acs3Signature.stringToSign(canonical), "testsecret"))
                .isEqualTo("6384d3110a43b8fde7aa6315b11c5774568b5b1f9fc00a9938f64ece7d19df57");
    }

    @Test
    void malformedV3HeadersAreRefused() {
        assertThat(Acs3Signature.Authorization.parse("ACS3-HMAC-SHA256 Credential=a"))
                .isNull();
        assertThat(Acs3Signature.Authorization.parse("AWS4-HMAC-SHA256 Credential=a,SignedHeaders=b,Signature=c"))
                .isNull();
    }
}
