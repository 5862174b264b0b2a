package org.iamemulator.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.iamemulator.aliyun.signing.Acs3Signature;
import org.iamemulator.aliyun.signing.RpcSignatureV1;
import org.iamemulator.support.DialectIntegrationTest;
import org.iamemulator.support.OrderedShape;
import org.iamemulator.support.RawHttp;
import org.iamemulator.web.signing.SigningPrimitives;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Raw RPC requests (signature V1 and V3) against the documented examples of seed 001. */
class AliyunWireIT extends DialectIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String userName;
    private String upn;

    @BeforeEach
    void aUserWhoLoggedIn() {
        userName = uniqueName("wire");
        String userId = givenUser(userName, Map.of());
        givenLoginProfile(userId, false);
        provisioning.recordLogin(userId, Instant.parse("2020-10-14T07:25:25Z"), "192.0.2.1");
        upn = userName + "@" + properties.accountName() + ".onaliyun.com";
    }

    private static String seed(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/seeds", name));
    }

    /** A V1 request: common parameters in the query, operation parameters in the form body, as the SDK sends. */
    private HttpResponse<String> v1(
            String method, Map<String, String> operation, Map<String, String> overrides, String secret) {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("Action", "GetLoginProfile");
        common.put("Version", "2019-08-15");
        common.put("Format", "JSON");
        common.put("AccessKeyId", rootKey().accessKeyId());
        common.put("SignatureMethod", "HMAC-SHA1");
        common.put("SignatureVersion", "1.0");
        common.put("SignatureNonce", UUID.randomUUID().toString());
        common.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        common.putAll(overrides);
        List<Map.Entry<String, String>> all = new ArrayList<>(common.entrySet());
        boolean get = method.equals("GET");
        if (get) {
            common.putAll(operation);
            all = new ArrayList<>(common.entrySet());
        } else {
            all.addAll(operation.entrySet());
        }
        String signature = RpcSignatureV1.sign(RpcSignatureV1.stringToSign(method, all), secret);
        common.put("Signature", signature);
        String url = baseUri + "/?" + form(common);
        return get
                ? RawHttp.send("GET", url, Map.of(), null)
                : RawHttp.send(
                        "POST", url, Map.of("Content-Type", "application/x-www-form-urlencoded"), form(operation));
    }

    private HttpResponse<String> v1(Map<String, String> overrides) {
        return v1("POST", Map.of("UserPrincipalName", upn), overrides, rootKey().secretKey());
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Test
    void v1JsonHasTheShapeOfTheDocumentedExample() throws Exception {
        HttpResponse<String> response = v1(Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        OrderedShape.assertSameJson(body, JSON.readTree(seed("aliyun-get-login-profile.json")));
        assertThat(body.get("LoginProfile").get("LastLoginTime").asString()).isEqualTo("2020-10-14T07:25:25Z");
        assertThat(body.get("LoginProfile").get("Status").asString()).isEqualTo("Active");
        assertThat(body.get("LoginProfile").get("UserPrincipalName").asString()).isEqualTo(upn);
        // the same request id as the header every dialect sends, in Alibaba's shape
        assertThat(body.get("RequestId").asString().replace("-", "").toLowerCase())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void v1XmlOverGetHasTheShapeOfTheDocumentedExample() throws Exception {
        HttpResponse<String> response = v1(
                "GET",
                Map.of("UserPrincipalName", upn),
                Map.of("Format", "XML"),
                rootKey().secretKey());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><GetLoginProfileResponse>");
        OrderedShape.assertSameXml(response.body(), seed("aliyun-get-login-profile.xml"));
        assertThat(response.body()).contains("<PasswordResetRequired>false</PasswordResetRequired>");
    }

    @Test
    void errorsFollowTheRequestedFormat() throws Exception {
        HttpResponse<String> json = v1(
                "POST",
                Map.of("UserPrincipalName", "nobody@" + properties.accountName() + ".onaliyun.com"),
                Map.of(),
                rootKey().secretKey());
        assertThat(json.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(json.body());
        assertThat(new ArrayList<>(error.propertyNames())).containsExactly("RequestId", "HostId", "Code", "Message");
        assertThat(error.get("Code").asString()).isEqualTo("EntityNotExist.User");

        HttpResponse<String> xml = v1(
                "POST",
                Map.of("UserPrincipalName", "nobody@" + properties.accountName() + ".onaliyun.com"),
                Map.of("Format", "xml"),
                rootKey().secretKey());
        assertThat(xml.statusCode()).isEqualTo(404);
        assertThat(xml.body())
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>")
                .contains("<Code>EntityNotExist.User</Code><Message>The user does not exist.</Message></Error>");
    }

    @Test
    void refusesAReplayedNonce() throws Exception {
        String nonce = UUID.randomUUID().toString();
        assertThat(v1(Map.of("SignatureNonce", nonce)).statusCode()).isEqualTo(200);

        HttpResponse<String> replay = v1(Map.of("SignatureNonce", nonce));

        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(replay.body()).get("Code").asString()).isEqualTo("SignatureNonceUsed");
    }

    @Test
    void refusesAnExpiredTimestampAndAMalformedOne() throws Exception {
        HttpResponse<String> old = v1(Map.of(
                "Timestamp",
                Instant.now()
                        .minusSeconds(16 * 60)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString()));
        assertThat(old.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(old.body()).get("Code").asString()).isEqualTo("InvalidTimeStamp.Expired");

        HttpResponse<String> malformed = v1(Map.of("Timestamp", "yesterday"));
        assertThat(JSON.readTree(malformed.body()).get("Code").asString()).isEqualTo("InvalidTimeStamp.Format");
    }

    @Test
    void signatureMismatchNamesTheServerStringToSign() throws Exception {
        HttpResponse<String> response = v1("POST", Map.of("UserPrincipalName", upn), Map.of(), "wrong-secret");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.get("Code").asString()).isEqualTo("SignatureDoesNotMatch");
        assertThat(error.get("Message").asString()).contains("server string to sign is:POST&%2F&AccessKeyId%3D");
    }

    @Test
    void answersUnknownOperationsAndMissingParameters() throws Exception {
        HttpResponse<String> unknown = v1(Map.of("Action", "ListUsers"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("Code").asString()).isEqualTo("InvalidApi.NotFound");

        HttpResponse<String> missing = v1("POST", Map.of(), Map.of(), rootKey().secretKey());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("Code").asString()).isEqualTo("MissingUserPrincipalName");

        HttpResponse<String> malformed = v1(
                "POST",
                Map.of("UserPrincipalName", userName),
                Map.of(),
                rootKey().secretKey());
        assertThat(JSON.readTree(malformed.body()).get("Code").asString())
                .isEqualTo("InvalidParameter.UserPrincipalName.Format");
    }

    @Test
    void anotherAccountsDomainIsAnUnknownUser() throws Exception {
        HttpResponse<String> response = v1(
                "POST",
                Map.of("UserPrincipalName", userName + "@other.onaliyun.com"),
                Map.of(),
                rootKey().secretKey());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("Code").asString()).isEqualTo("EntityNotExist.User");
    }

    @Test
    void ramVersionTakesUserName() throws Exception {
        HttpResponse<String> response = v1(
                "POST",
                Map.of("UserName", userName),
                Map.of("Version", "2015-05-01"),
                rootKey().secretKey());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode profile = JSON.readTree(response.body()).get("LoginProfile");
        assertThat(new ArrayList<>(profile.propertyNames()))
                .containsExactly("UserName", "CreateDate", "PasswordResetRequired", "MFABindRequired");
        assertThat(profile.get("UserName").asString()).isEqualTo(userName);
    }

    @Test
    void v3HeaderSignatureWorks() throws Exception {
        String query = "UserPrincipalName=" + SigningPrimitives.percentEncode(upn);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-acs-action", "GetLoginProfile");
        headers.put("x-acs-version", "2019-08-15");
        headers.put("x-acs-date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
        headers.put("x-acs-content-sha256", SigningPrimitives.sha256Hex(new byte[0]));
        Map<String, String> signed = new LinkedHashMap<>(headers);
        signed.put("host", "127.0.0.1:" + port);
        List<String> names = signed.keySet().stream().sorted().toList();
        String canonical = Acs3Signature.canonicalRequest(
                "POST", "/", query, names, signed::get, headers.get("x-acs-content-sha256"));
        headers.put(
                "Authorization",
                "ACS3-HMAC-SHA256 Credential=" + rootKey().accessKeyId() + ",SignedHeaders="
                        + String.join(";", names) + ",Signature="
                        + Acs3Signature.sign(
                                Acs3Signature.stringToSign(canonical), rootKey().secretKey()));

        HttpResponse<String> response = RawHttp.send("POST", baseUri + "/?" + query, headers, "");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        OrderedShape.assertSameJson(
                JSON.readTree(response.body()), JSON.readTree(seed("aliyun-get-login-profile.json")));

        headers.put("Authorization", headers.get("Authorization").replaceAll("Signature=.*", "Signature=00"));
        headers.put("x-acs-signature-nonce", UUID.randomUUID().toString());
        HttpResponse<String> tampered = RawHttp.send("POST", baseUri + "/?" + query, headers, "");
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tampered.body()).get("Code").asString()).isEqualTo("SignatureDoesNotMatch");
    }
}
