package org.iamemulator.huawei.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.huawei.error.HuaweiErrorWriter;
import org.iamemulator.huawei.signing.SdkSigner;
import org.iamemulator.huawei.signing.SignedRequest;
import org.iamemulator.web.auth.ClockSkew;
import org.iamemulator.web.auth.DialectCall;
import org.iamemulator.web.auth.DialectTesting;
import org.iamemulator.web.auth.InMemoryCredentials;
import org.iamemulator.web.auth.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class HuaweiAuthenticationTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:15:00Z");
    static final String SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC)
            .format(NOW);
    static final String AK = "HUAWEIAUTHTEST000001";
    static final String SK = "huaweiTestSecret0000000000000000000000000";
    static final Caller ALICE = new Caller("acct", "alice-id", "alice", false);

    final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    final InMemoryCredentials credentials = new InMemoryCredentials().withKey(AK, SK, ALICE);
    final HuaweiAuthentication huawei;

    HuaweiAuthenticationTest() {
        context.registerBean(JsonMapper.class, () -> JsonMapper.builder().build());
        context.register(HuaweiErrorWriter.class);
        context.refresh();
        huawei = new HuaweiAuthentication(
                credentials, context.getBean(HuaweiErrorWriter.class), new ClockSkew(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** GET /v5/users/u1 signed as the SDK signs it. */
    static MockHttpServletRequest signed(String secret) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v5/users/u1");
        request.addHeader("Host", "localhost");
        request.addHeader("X-Sdk-Date", SDK_DATE);
        request.addHeader(
                "Authorization",
                SdkSigner.sign(
                        SignedRequest.of(
                                "GET",
                                "/v5/users/u1",
                                null,
                                Map.of("Host", "localhost", "X-Sdk-Date", SDK_DATE),
                                new byte[0]),
                        AK,
                        secret,
                        List.of("host", "x-sdk-date"),
                        SDK_DATE));
        return request;
    }

    DialectCall recognise(MockHttpServletRequest request) throws Exception {
        return DialectTesting.recognise(huawei, request);
    }

    @Test
    void addressesTheV5AndTokenApisOnly() {
        assertThat(huawei.addresses(new MockHttpServletRequest("GET", "/v5/users")))
                .isTrue();
        assertThat(huawei.addresses(new MockHttpServletRequest("POST", "/v3/auth/tokens")))
                .isTrue();
        assertThat(huawei.addresses(new MockHttpServletRequest("POST", "/"))).isFalse();
        assertThat(huawei.addresses(new MockHttpServletRequest("GET", "/_emulator/config")))
                .isFalse();
    }

    @Test
    void leavesThePasswordLoginAndTheFederatedAssumesToTheirControllers() throws Exception {
        assertThat(recognise(new MockHttpServletRequest("POST", "/v3/auth/tokens")))
                .isNull();
        assertThat(recognise(new MockHttpServletRequest("POST", "/v5/agencies/assume-with-oidc")))
                .isNull();
        assertThat(recognise(new MockHttpServletRequest("POST", "/v5/agencies/assume-with-saml")))
                .isNull();
        assertThat(recognise(new MockHttpServletRequest("GET", "/v3/auth/tokens")))
                .isNotNull();
        assertThat(recognise(new MockHttpServletRequest("POST", "/v5/agencies/assume")))
                .isNotNull();
        MockHttpServletRequest assumeRole = new MockHttpServletRequest("POST", "/v3/auth/tokens");
        assumeRole.addHeader("X-Auth-Token", "a token");
        assertThat(recognise(assumeRole)).isNotNull();
    }

    @Test
    void anSdkSignatureActsAsTheKeysOwner() throws Exception {
        assertThat(recognise(signed(SK)).authenticate()).isEqualTo(ALICE);
    }

    @Test
    void aWrongSignatureIsTheGatewaysRefusalNamingTheKeysOwner() throws Exception {
        MockHttpServletRequest request = signed("not-the-secret");

        Refusal refusal =
                catchThrowableOfType(Refusal.class, () -> recognise(request).authenticate());

        assertThat(refusal.code()).isEqualTo("APIGW.0301");
        assertThat(refusal.claimed()).isEqualTo(ALICE);
        assertThat(credentials.wrongSignatures()).isEqualTo(1);
        MockHttpServletResponse response = DialectTesting.answer(refusal, request);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString())
                .contains("\"error_msg\":\"Incorrect IAM authentication information: verify aksk signature fail\"");
    }

    @Test
    void noCredentialsAreRefusedNamingNobody() throws Exception {
        Refusal refusal = catchThrowableOfType(
                Refusal.class,
                () -> recognise(new MockHttpServletRequest("GET", "/v5/users")).authenticate());

        assertThat(refusal.getMessage()).isEqualTo("Incorrect IAM authentication information: x-auth-token not found");
        assertThat(refusal.claimed()).isNull();
    }

    @Test
    void aDomainIdOfAnotherAccountIsRefused() throws Exception {
        MockHttpServletRequest request = signed(SK);
        request.addHeader("X-Domain-Id", "another-account");

        Refusal refusal =
                catchThrowableOfType(Refusal.class, () -> recognise(request).authenticate());

        assertThat(refusal.getMessage()).endsWith("X-Domain-Id does not match the account of the access key");
    }

    @Test
    void anInactiveKeyIsIamsRefusal() throws Exception {
        credentials.deactivate(AK);

        Refusal refusal =
                catchThrowableOfType(Refusal.class, () -> recognise(signed(SK)).authenticate());

        assertThat(refusal.code()).isEqualTo("IAM.1107");
        assertThat(refusal.getMessage()).isEqualTo("The access key " + AK + " is inactive.");
        assertThat(refusal.claimed()).isEqualTo(ALICE);
    }

    @Test
    void offModeNamesTheKeysOwnerOrNobody() throws Exception {
        assertThat(recognise(signed("not-the-secret")).claimed()).isEqualTo(ALICE);
        assertThat(recognise(new MockHttpServletRequest("GET", "/v5/users")).claimed())
                .isNull();
    }

    @Test
    void aTooLargeBodyAndAStoreOutageAreIamErrorsWithTheRequestId() throws Exception {
        MockHttpServletRequest request = signed(SK);
        MockHttpServletResponse tooLarge = new MockHttpServletResponse();
        huawei.refuseTooLarge(request, tooLarge);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentAsString()).contains("\"error_code\":\"IAM.0011\"", "\"request_id\":\"");

        MockHttpServletResponse unavailable = new MockHttpServletResponse();
        recognise(request).refuseStoreUnavailable(unavailable);
        assertThat(unavailable.getStatus()).isEqualTo(503);
        assertThat(unavailable.getContentAsString()).contains("\"error_code\":\"IAM.0006\"");
    }
}
