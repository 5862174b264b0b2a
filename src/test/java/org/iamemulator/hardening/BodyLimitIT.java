package org.iamemulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One body limit for every dialect: 1 MiB is read, one byte more is refused in the dialect's format. */
class BodyLimitIT extends EmulatorIntegrationTest {

    private static final int LIMIT = 1024 * 1024;

    @Test
    void aLargerBodyAtTheRootThatNoDialectClaimsIsTheGatewaysUnknownApi() {
        HttpResponse<String> refused = RawHttp.send(
                "POST",
                baseUri + "/",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "a=" + "x".repeat(LIMIT));
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("\"error_code\":\"APIGW.0101\"");
    }

    @Test
    void huaweiAcceptsTheLimitAndRefusesOneByteMoreWith413() {
        // at the limit the body is read and judged (an unsigned request: 401), one byte more is refused unread
        assertThat(RawHttp.send(
                                "POST",
                                baseUri + "/v5/users",
                                Map.of("Content-Type", "application/json"),
                                "x".repeat(LIMIT))
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> refused = RawHttp.send(
                "POST", baseUri + "/v5/users", Map.of("Content-Type", "application/json"), "x".repeat(LIMIT + 1));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body())
                .contains("\"error_code\":\"IAM.0011\"")
                .contains("Request body is invalid. It exceeds 1048576 bytes.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/auth/tokens", "/v5/agencies/assume-with-oidc", "/v5/agencies/assume-with-saml"})
    void theCallsMadeWithoutCredentialsHaveTheSameLimit(String path) {
        HttpResponse<String> refused =
                RawHttp.send("POST", baseUri + path, Map.of("Content-Type", "application/json"), "x".repeat(LIMIT + 1));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("\"error_code\":\"IAM.0011\"", "\"request_id\":\"");

        // at the limit the body is read and judged by the operation itself: not JSON, a 400 of its own
        assertThat(RawHttp.send("POST", baseUri + path, Map.of("Content-Type", "application/json"), "x".repeat(LIMIT))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void alibabaRefusesALargerBodyInItsFormat() {
        HttpResponse<String> refused = RawHttp.send(
                "POST",
                baseUri + "/",
                Map.of("x-acs-action", "GetLoginProfile", "Content-Type", "application/x-www-form-urlencoded"),
                "a=" + "x".repeat(LIMIT));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("\"Code\":\"InvalidParameter\"")
                .contains("The request body exceeds 1048576 bytes.");
    }

    @Test
    void awsRefusesALargerBodyInItsFormat() {
        HttpResponse<String> refused = RawHttp.send(
                "POST",
                baseUri + "/",
                Map.of(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=AK/20260101/cn/iam/aws4_request, SignedHeaders=host, Signature=00",
                        "Content-Type",
                        "application/x-www-form-urlencoded"),
                "Action=GetUser&x=" + "x".repeat(LIMIT));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<Code>ValidationError</Code>")
                .contains("The request body exceeds 1048576 bytes.");
    }
}
