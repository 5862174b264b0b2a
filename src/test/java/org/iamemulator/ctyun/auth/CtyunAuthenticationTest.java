package org.iamemulator.ctyun.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.ctyun.CtyunActions;
import org.iamemulator.ctyun.CtyunCall;
import org.iamemulator.ctyun.signing.SigV4;
import org.iamemulator.web.DialectRequest;
import org.iamemulator.web.auth.ClockSkew;
import org.iamemulator.web.auth.DialectCall;
import org.iamemulator.web.auth.DialectTesting;
import org.iamemulator.web.auth.InMemoryCredentials;
import org.iamemulator.web.auth.Refusal;
import org.iamemulator.web.signing.SigningPrimitives;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CtyunAuthenticationTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:15:00Z");
    static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final String AK = "AKCTYUNTEST000000001";
    static final String SK = "ctyunTestSecret000000000000000000000000";
    static final Caller ALICE = new Caller("acct", "alice-id", "alice", false);
    static final String GET_USER = "Action=GetUser&Version=2010-05-08&UserName=bob";

    /** The operations the adapter lets through: GetUser, as the real table has it. */
    static final CtyunActions SERVED = new CtyunActions(
            Map.of(new CtyunActions.Key(CtyunCall.GET_USER, CtyunCall.VERSION), (call, caller, request) -> null));

    final InMemoryCredentials credentials = new InMemoryCredentials().withKey(AK, SK, ALICE);
    final CtyunAuthentication ctyun =
            new CtyunAuthentication(credentials, new ClockSkew(Clock.fixed(NOW, ZoneOffset.UTC)), SERVED);

    /** A POST to / signed as the AWS SDK signs it. */
    static MockHttpServletRequest signed(String body, Instant at, String secret) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        request.setContent(bytes);
        request.setContentType("application/x-www-form-urlencoded; charset=utf-8");
        String amzDate = AMZ_DATE.format(at);
        Map<String, List<String>> headers = new TreeMap<>();
        headers.put("content-type", List.of(request.getContentType()));
        headers.put("host", List.of("localhost"));
        headers.put("x-amz-date", List.of(amzDate));
        request.addHeader("X-Amz-Date", amzDate);
        request.addHeader("Host", "localhost");
        List<String> names = List.copyOf(headers.keySet());
        String scope = amzDate.substring(0, 8) + "/cn/iam/aws4_request";
        String canonical =
                SigV4.canonicalRequest("POST", "/", null, names, headers::get, SigningPrimitives.sha256Hex(bytes));
        String signature = SigV4.signature(
                SigV4.signingKey(secret, amzDate.substring(0, 8), "cn", "iam"),
                SigV4.stringToSign(amzDate, scope, canonical));
        request.addHeader(
                "Authorization",
                SigV4.ALGORITHM + " Credential=" + AK + "/" + scope + ", SignedHeaders=" + String.join(";", names)
                        + ", Signature=" + signature);
        return request;
    }

    DialectCall recognise(MockHttpServletRequest request) throws Exception {
        return DialectTesting.recognise(ctyun, request);
    }

    @Test
    void aSignedGetUserActsAsTheKeysOwnerAndReachesTheCtyunControllerWithItsParameters() throws Exception {
        DialectCall call = recognise(signed(GET_USER, NOW, SK));

        assertThat(call.authenticate()).isEqualTo(ALICE);
        var forwarded = call.forwarded();
        assertThat(forwarded.getHeader(DialectRequest.DIALECT_HEADER)).isEqualTo(CtyunCall.DIALECT);
        assertThat(forwarded.getParameter("UserName")).isEqualTo("bob");
        assertThat(CtyunCall.of(forwarded).action()).isEqualTo("GetUser");
    }

    @Test
    void aWrongSignatureIsRefusedNamingTheKeysOwnerAndCounted() throws Exception {
        MockHttpServletRequest request = signed(GET_USER, NOW, "not-the-secret");

        Refusal refusal =
                catchThrowableOfType(Refusal.class, () -> recognise(request).authenticate());

        assertThat(refusal.code()).isEqualTo("SignatureDoesNotMatch");
        assertThat(refusal.claimed()).isEqualTo(ALICE);
        assertThat(credentials.wrongSignatures()).isEqualTo(1);
        MockHttpServletResponse response = DialectTesting.answer(refusal, request);
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString())
                .startsWith("<ErrorResponse><Error><Type>Sender</Type>" + "<Code>SignatureDoesNotMatch</Code>");
    }

    @Test
    void aSignatureOlderThanTheSkewIsExpiredInAwsWords() throws Exception {
        Instant old = NOW.minus(ClockSkew.ALLOWED).minus(Duration.ofSeconds(1));

        Refusal refusal = catchThrowableOfType(
                Refusal.class, () -> recognise(signed(GET_USER, old, SK)).authenticate());

        assertThat(refusal.getMessage())
                .isEqualTo("Signature expired: 20260301T095959Z is now earlier than "
                        + "20260301T100000Z (20260301T101500Z - 15 min.)");
        assertThat(credentials.wrongSignatures()).isZero();
    }

    @Test
    void aLockedKeyIsRefusedAsAnInvalidToken() throws Exception {
        credentials.lock(AK);

        Refusal refusal = catchThrowableOfType(
                Refusal.class, () -> recognise(signed(GET_USER, NOW, SK)).authenticate());

        assertThat(refusal.code()).isEqualTo("InvalidClientTokenId");
        assertThat(refusal.getMessage()).contains("locked for 5 minutes");
    }

    @Test
    void anUnsignedQueryRequestIsCtyunsAndMissesItsToken() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setContent(GET_USER.getBytes(StandardCharsets.UTF_8));
        request.setContentType("application/octet-stream"); // a form body whatever its declared type

        Refusal refusal =
                catchThrowableOfType(Refusal.class, () -> recognise(request).authenticate());

        assertThat(refusal.code()).isEqualTo("MissingAuthenticationToken");
        assertThat(refusal.claimed()).isNull();
    }

    @Test
    void otherRequestsAtTheRootAreNotCtyuns() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setContent("Action=GetUser&Version=2019-08-15".getBytes(StandardCharsets.UTF_8));

        assertThat(ctyun.claimsByHeaders(request)).isFalse();
        assertThat(recognise(request)).isNull();
        assertThat(ctyun.addresses(new MockHttpServletRequest("GET", "/v5/users")))
                .isFalse();
    }

    @Test
    void anotherActionIsRefusedBeforeTheCredentialsAreLookedAt() throws Exception {
        MockHttpServletRequest request = signed("Action=ListUsers&Version=2010-05-08", NOW, "not-the-secret");

        Refusal refusal = catchThrowableOfType(Refusal.class, () -> recognise(request));

        assertThat(refusal.code()).isEqualTo("InvalidAction");
        assertThat(DialectTesting.answer(refusal, request).getContentAsString())
                .contains("<Message>Could not find operation ListUsers for version 2010-05-08.</Message>");
        assertThat(credentials.wrongSignatures()).isZero();
    }

    @Test
    void offModeNamesTheKeysOwnerWithoutVerifying() throws Exception {
        assertThat(recognise(signed(GET_USER, NOW, "not-the-secret")).claimed()).isEqualTo(ALICE);
    }

    @Test
    void aTooLargeBodyAndAStoreOutageAreAwsErrors() throws Exception {
        MockHttpServletRequest request = signed(GET_USER, NOW, SK);
        MockHttpServletResponse tooLarge = new MockHttpServletResponse();
        ctyun.refuseTooLarge(request, tooLarge);
        assertThat(tooLarge.getStatus()).isEqualTo(400);
        assertThat(tooLarge.getContentAsString()).contains("<Code>ValidationError</Code>");

        MockHttpServletResponse unavailable = new MockHttpServletResponse();
        recognise(request).refuseStoreUnavailable(unavailable);
        assertThat(unavailable.getStatus()).isEqualTo(503);
        assertThat(unavailable.getContentAsString()).contains("<Code>ServiceUnavailable</Code>");
    }
}
