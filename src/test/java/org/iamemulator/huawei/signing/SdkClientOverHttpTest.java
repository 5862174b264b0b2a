package org.iamemulator.huawei.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.DeleteUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.UpdateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdateUserV5Request;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real v5 IamClient (OkHttp underneath) talks to a plain JDK HTTP server that verifies each
 * request exactly as received on the socket: no SDK internals involved on the receiving side.
 */
class SdkClientOverHttpTest {

    private final SdkSignatureVerifier verifier = new SdkSignatureVerifier(Clock.systemUTC(), Duration.ofMinutes(15));
    private final List<String> outcomes = new CopyOnWriteArrayList<>();
    private final List<String> signedHeaderSets = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        SignedRequest request = new SignedRequest(
                ex.getRequestMethod(),
                ex.getRequestURI().getRawPath(),
                ex.getRequestURI().getRawQuery(),
                ex.getRequestHeaders()::getFirst,
                body);
        int status;
        String response;
        try {
            SdkAuthorization auth =
                    SdkAuthorization.parse(ex.getRequestHeaders().getFirst("Authorization"));
            signedHeaderSets.add(String.join(";", auth.signedHeaders()));
            authorizations.add(ex.getRequestHeaders().getFirst("Authorization"));
            verifier.verify(request, auth, SdkReference.SK);
            outcomes.add(
                    "OK " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath());
            status = 200;
            response = "{}";
        } catch (SignatureException e) {
            outcomes.add(e.reason() + " " + ex.getRequestMethod() + " "
                    + ex.getRequestURI().getRawPath() + "?" + ex.getRequestURI().getRawQuery() + ": " + e.getMessage());
            status = 401;
            response = "{\"error_code\":\"APIGW.0301\",\"error_msg\":"
                    + "\"Incorrect IAM authentication information: verify aksk signature fail\"}";
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.getResponseHeaders().add("X-Request-Id", "req-1");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private IamClient client(GlobalCredentials credentials) {
        return IamClient.newBuilder()
                .withCredential(credentials)
                .withHttpConfig(HttpConfig.getDefaultHttpConfig())
                .withEndpoints(List.of("http://127.0.0.1:" + server.getAddress().getPort()))
                .build();
    }

    @Test
    void everyCallOfTheRealClientVerifies() {
        IamClient iam = client(SdkReference.credentials(true, null));

        iam.showUserV5(new ShowUserV5Request().withUserId("a1b2c3"));
        iam.showUserV5(new ShowUserV5Request().withUserId("a b+c\u00fc\u20ac!*'()~"));
        iam.listUsersV5(new ListUsersV5Request().withLimit(2).withGroupId("g 1").withMarker("abc+/=*& \u00fc"));
        iam.createUserV5(new CreateUserV5Request()
                .withBody(new CreateUserReqBody()
                        .withName("alice")
                        .withDescription("caf\u00e9 \"quoted\"")
                        .withEnabled(true)));
        iam.updateUserV5(
                new UpdateUserV5Request().withUserId("u-1").withBody(new UpdateUserReqBody().withNewDescription("d")));
        iam.deleteUserV5(new DeleteUserV5Request().withUserId("u-1"));

        assertThat(outcomes).hasSize(6).allSatisfy(o -> assertThat(o).startsWith("OK "));
        assertThat(signedHeaderSets).containsOnly("host;user-agent;x-domain-id;x-sdk-date");
    }

    @Test
    void temporaryCredentialsAndNoDomainIdVerify() {
        client(SdkReference.credentials(false, "tmp-token+/=")).showUserV5(new ShowUserV5Request().withUserId("u-1"));
        assertThat(outcomes).singleElement().asString().startsWith("OK ");
        assertThat(signedHeaderSets).containsExactly("host;user-agent;x-sdk-date;x-security-token");
    }

    @Test
    void derivedSigningVerifies() {
        GlobalCredentials cred = SdkReference.credentials(true, null);
        cred.withDerivedPredicate(r -> true);
        // With explicit endpoints (no Region) the client never fills in the derived-auth service name.
        cred.processDerivedAuthParams("iam", null);
        client(cred).listUsersV5(new ListUsersV5Request().withLimit(1).withMarker("m 1"));
        assertThat(outcomes).singleElement().asString().startsWith("OK ");
        assertThat(authorizations).singleElement().asString().startsWith("V11-HMAC-SHA256 Credential=");
    }
}
