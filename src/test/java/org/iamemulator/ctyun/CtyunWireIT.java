package org.iamemulator.ctyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.ctyun.signing.SigV4;
import org.iamemulator.support.DialectIntegrationTest;
import org.iamemulator.support.OrderedShape;
import org.iamemulator.support.RawHttp;
import org.iamemulator.web.signing.SigningPrimitives;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Raw IAM Query requests (SigV4) against the documented example of seed 003. */
class CtyunWireIT extends DialectIntegrationTest {

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private String userName;

    @BeforeEach
    void aTaggedUserWhoLoggedIn() {
        userName = uniqueName("wire");
        String userId = givenUser(userName, Map.of("test_tag", "test_value"));
        provisioning.recordLogin(userId, Instant.parse("2019-01-07T05:57:35Z"), "10.1.1.1");
    }

    /** A request signed like CTyun's own client: {@code x-amz-content-sha256} and the given region/service. */
    private HttpResponse<String> signed(
            String method,
            String query,
            String body,
            String contentType,
            Instant at,
            String secret,
            String payloadHeader) {
        String amzDate = AMZ_DATE.format(at);
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        headers.put("X-Amz-Date", amzDate);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String payload = payloadHeader != null ? payloadHeader : SigningPrimitives.sha256Hex(bytes);
        headers.put("x-amz-content-sha256", payload);
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(), List.of(value)));
        lower.put("host", List.of("127.0.0.1:" + port));
        List<String> names = lower.keySet().stream().sorted().toList();
        String scope = amzDate.substring(0, 8) + "/cn/iam/aws4_request";
        String canonical = SigV4.canonicalRequest(method, "/", query, names, lower::get, payload);
        String signature = SigV4.signature(
                SigV4.signingKey(secret, amzDate.substring(0, 8), "cn", "iam"),
                SigV4.stringToSign(amzDate, scope, canonical));
        headers.put(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential=" + rootKey().accessKeyId() + "/" + scope + ", SignedHeaders="
                        + String.join(";", names) + ", Signature=" + signature);
        return RawHttp.send(method, baseUri + "/" + (query == null ? "" : "?" + query), headers, body);
    }

    private HttpResponse<String> post(String body) {
        return signed(
                "POST",
                null,
                body,
                "application/octet-stream",
                Instant.now(),
                rootKey().secretKey(),
                null);
    }

    @Test
    void octetStreamFormBodyHasTheShapeOfTheDocumentedExample() throws Exception {
        HttpResponse<String> response = post("Action=GetUser&Version=2010-05-08&UserName=" + userName);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml;charset=UTF-8");
        OrderedShape.assertSameXml(
                response.body(), Files.readString(Path.of("src/test/resources/seeds/ctyun-get-user.xml")));
        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(response.headers().firstValue("x-amz-request-id")).hasValue(id);
        assertThat(response.body())
                .startsWith("<GetUserResponse><GetUserResult><User>"
                        + "<PasswordLastUsed>2019-01-07T05:57:35Z</PasswordLastUsed><UserName>" + userName
                        + "</UserName>"
                        + "<Arn>arn:ctyun:iam::" + properties.accountId() + ":user/" + userName + "</Arn>")
                .contains("<IPLastUsed>10.1.1.1</IPLastUsed><Tags><member><Value>test_value</Value>"
                        + "<Key>test_tag</Key></member></Tags><CreateDate>")
                .endsWith("<ResponseMetadata><RequestId>" + id + "</RequestId></ResponseMetadata></GetUserResponse>");
    }

    @Test
    void getWithQueryParametersAndAnUnsignedPayloadWorks() {
        HttpResponse<String> response = signed(
                "GET",
                "Action=GetUser&UserName=" + userName + "&Version=2010-05-08",
                null,
                null,
                Instant.now(),
                rootKey().secretKey(),
                SigV4.UNSIGNED_PAYLOAD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("<UserName>" + userName + "</UserName>");
    }

    @Test
    void errorsAreAwsErrorResponses() {
        HttpResponse<String> response = post("Action=GetUser&Version=2010-05-08&UserName=nobody-" + userName);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .isEqualTo("<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code>"
                        + "<Message>The user with name nobody-" + userName + " cannot be found.</Message></Error>"
                        + "<RequestId>"
                        + response.headers().firstValue("X-Request-Id").orElseThrow()
                        + "</RequestId></ErrorResponse>");
    }

    @Test
    void refusesAMissingSignatureASkewedDateAndUnknownOperations() {
        HttpResponse<String> unsigned = RawHttp.send(
                "POST",
                baseUri + "/",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "Action=GetUser&Version=2010-05-08");
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(unsigned.body()).contains("<Code>MissingAuthenticationToken</Code>");

        HttpResponse<String> skewed = signed(
                "POST",
                null,
                "Action=GetUser&Version=2010-05-08",
                "application/x-www-form-urlencoded",
                Instant.now().minusSeconds(16 * 60),
                rootKey().secretKey(),
                null);
        assertThat(skewed.statusCode()).isEqualTo(403);
        assertThat(skewed.body()).contains("<Code>SignatureDoesNotMatch</Code><Message>Signature expired: ");

        HttpResponse<String> unknown = post("Action=ListUsers&Version=2010-05-08");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body())
                .contains("<Code>InvalidAction</Code>"
                        + "<Message>Could not find operation ListUsers for version 2010-05-08.</Message>");

        HttpResponse<String> invalid = post("Action=GetUser&Version=2010-05-08&UserName=bad%2Fname");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("<Code>ValidationError</Code>");
    }

    @Test
    void aTamperedBodyDoesNotMatch() {
        HttpResponse<String> response = signed(
                "POST",
                null,
                "Action=GetUser&Version=2010-05-08",
                "application/x-www-form-urlencoded",
                Instant.now(),
                "wrong-secret",
                null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>SignatureDoesNotMatch</Code>");
    }
}
