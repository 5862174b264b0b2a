package org.iamemulator.aliyun.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.iamemulator.aliyun.AliyunActions;
import org.iamemulator.aliyun.AliyunCall;
import org.iamemulator.aliyun.signing.RpcSignatureV1;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.DialectRequest;
import org.iamemulator.web.auth.ClockSkew;
import org.iamemulator.web.auth.DialectCall;
import org.iamemulator.web.auth.DialectTesting;
import org.iamemulator.web.auth.InMemoryCredentials;
import org.iamemulator.web.auth.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AliyunAuthenticationTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:15:00Z");
    static final String AK = "LTAIALIYUNTEST000001";
    static final String SK = "aliyunTestSecret00000000000000";
    static final Caller ALICE = new Caller("acct", "alice-id", "alice", false);
    static final Map<String, String> UPN = Map.of("UserPrincipalName", "bob@acct.onaliyun.com");

    /** The operations the adapter lets through: GetLoginProfile of both APIs, as the real table has them. */
    static final AliyunActions SERVED = new AliyunActions(Map.of(
            new AliyunActions.Key(AliyunCall.GET_LOGIN_PROFILE, AliyunCall.IMS_VERSION),
                    (call, caller, request) -> null,
            new AliyunActions.Key(AliyunCall.GET_LOGIN_PROFILE, AliyunCall.RAM_VERSION),
                    (call, caller, request) -> null));

    final InMemoryCredentials credentials = new InMemoryCredentials().withKey(AK, SK, ALICE);
    final AliyunAuthentication aliyun =
            new AliyunAuthentication(credentials, new ClockSkew(Clock.fixed(NOW, ZoneOffset.UTC)), SERVED);

    /** A V1 POST as the SDK sends it: common parameters in the query, the operation's in a form body. */
    static MockHttpServletRequest v1(Map<String, String> overrides, String nonce, Instant at, String secret) {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("Action", "GetLoginProfile");
        common.put("Version", "2019-08-15");
        common.put("Format", "XML");
        common.put("AccessKeyId", AK);
        common.put("SignatureMethod", "HMAC-SHA1");
        common.put("SignatureVersion", "1.0");
        common.put("SignatureNonce", nonce);
        common.put("Timestamp", at.toString());
        common.putAll(overrides);
        List<Map.Entry<String, String>> signed = new ArrayList<>(common.entrySet());
        signed.addAll(UPN.entrySet());
        common.put("Signature", RpcSignatureV1.sign(RpcSignatureV1.stringToSign("POST", signed), secret));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setQueryString(form(common));
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent(form(UPN).getBytes(StandardCharsets.UTF_8));
        return request;
    }

    static MockHttpServletRequest v1(String nonce) {
        return v1(Map.of(), nonce, NOW, SK);
    }

    static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    DialectCall recognise(MockHttpServletRequest request) throws Exception {
        return DialectTesting.recognise(aliyun, request);
    }

    Refusal refusal(MockHttpServletRequest request) throws Exception {
        DialectCall call = recognise(request);
        return catchThrowableOfType(Refusal.class, call::authenticate);
    }

    @Test
    void aSignedV1RequestActsAsTheKeysOwnerAndReachesTheAlibabaControllerWithAllParameters() throws Exception {
        DialectCall call = recognise(v1("nonce-1"));

        assertThat(call.authenticate()).isEqualTo(ALICE);
        var forwarded = call.forwarded();
        assertThat(forwarded.getHeader(DialectRequest.DIALECT_HEADER)).isEqualTo(AliyunCall.DIALECT);
        assertThat(forwarded.getParameter("UserPrincipalName")).isEqualTo("bob@acct.onaliyun.com");
        assertThat(forwarded.getParameter("Format")).isEqualTo("XML");
        assertThat(AliyunCall.of(forwarded).version()).isEqualTo(AliyunCall.IMS_VERSION);
    }

    @Test
    void aReplayedNonceIsRefused() throws Exception {
        recognise(v1("nonce-2")).authenticate();

        Refusal replay = refusal(v1("nonce-2"));

        assertThat(replay.code()).isEqualTo("SignatureNonceUsed");
        assertThat(replay.claimed()).isEqualTo(ALICE);
    }

    @Test
    void aWrongSignatureIsRefusedInTheRequestsFormatWithTheServersStringToSign() throws Exception {
        MockHttpServletRequest request = v1(Map.of(), "nonce-3", NOW, "not-the-secret");

        Refusal refusal = refusal(request);

        assertThat(refusal.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(refusal.getMessage()).contains("server string to sign is:POST&%2F&AccessKeyId%3D" + AK);
        assertThat(credentials.wrongSignatures()).isEqualTo(1);
        MockHttpServletResponse response = DialectTesting.answer(refusal, request);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("text/xml");
        assertThat(response.getContentAsString()).contains("<Code>SignatureDoesNotMatch</Code>");
    }

    @Test
    void aTimestampBeyondTheSkewIsExpiredAndNamesNobody() throws Exception {
        Instant late = NOW.plus(ClockSkew.ALLOWED).plus(Duration.ofSeconds(1));

        Refusal refusal = refusal(v1(Map.of(), "nonce-4", late, SK));

        assertThat(refusal.code()).isEqualTo("InvalidTimeStamp.Expired");
        assertThat(refusal.claimed()).isNull();
    }

    @Test
    void aLockedKeyAnswersAsAnInactiveOne() throws Exception {
        credentials.lock(AK);

        Refusal refusal = refusal(v1("nonce-5"));

        assertThat(refusal.code()).isEqualTo("InvalidAccessKeyId.Inactive");
        assertThat(refusal.getMessage()).contains("locked for 5 minutes");
    }

    @Test
    void anotherActionOrVersionIsRefusedBeforeTheCredentialsAreLookedAt() throws Exception {
        MockHttpServletRequest otherAction = v1(Map.of("Action", "ListUsers"), "nonce-6", NOW, "not-the-secret");
        Refusal notFound = catchThrowableOfType(Refusal.class, () -> recognise(otherAction));
        assertThat(notFound.code()).isEqualTo("InvalidApi.NotFound");
        assertThat(DialectTesting.answer(notFound, otherAction).getStatus()).isEqualTo(404);

        MockHttpServletRequest otherVersion = v1(Map.of("Version", "2000-01-01"), "nonce-7", NOW, SK);
        assertThat(catchThrowableOfType(Refusal.class, () -> recognise(otherVersion))
                        .code())
                .isEqualTo("InvalidVersion");
        assertThat(credentials.wrongSignatures()).isZero();
    }

    @Test
    void acsHeadersClaimTheRequestBeforeItsBodyIsRead() throws Exception {
        MockHttpServletRequest acs = new MockHttpServletRequest("POST", "/");
        acs.addHeader("x-acs-action", "GetLoginProfile");
        assertThat(aliyun.claimsByHeaders(acs)).isTrue();

        MockHttpServletResponse response = new MockHttpServletResponse();
        aliyun.refuseTooLarge(acs, response);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"Code\":\"InvalidParameter\"");
    }

    @Test
    void requestsWithoutAlibabasMarkersAreNotAlibabas() throws Exception {
        MockHttpServletRequest aws = new MockHttpServletRequest("POST", "/");
        aws.setContentType("application/x-www-form-urlencoded");
        aws.setContent("Action=GetUser&Version=2010-05-08".getBytes(StandardCharsets.UTF_8));

        assertThat(aliyun.claimsByHeaders(aws)).isFalse();
        assertThat(recognise(aws)).isNull();
    }

    @Test
    void offModeNamesTheKeysOwnerWithoutVerifying() throws Exception {
        assertThat(recognise(v1(Map.of(), "nonce-8", NOW, "not-the-secret")).claimed())
                .isEqualTo(ALICE);
    }
}
