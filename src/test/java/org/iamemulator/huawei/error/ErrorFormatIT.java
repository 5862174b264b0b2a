package org.iamemulator.huawei.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;

/** Every answer, success or failure, carries a request id; every failure has the IAM error body. */
class ErrorFormatIT extends EmulatorIntegrationTest {

    private static final String HEX32 = "[0-9a-f]{32}";

    @Test
    void successCarriesARequestIdHeader() {
        huawei().get("/v5/users").then().statusCode(200).header("X-Request-Id", matchesPattern(HEX32));
    }

    @Test
    void everyRequestGetsItsOwnId() {
        String first = huawei().get("/v5/users").header("X-Request-Id");
        String second = huawei().get("/v5/users").header("X-Request-Id");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void unknownPathIs404() {
        assertIamError(huawei().get("/v5/no-such-api"), 404, "APIGW.0101");
        assertIamError(huawei().get("/"), 404, "APIGW.0101");
    }

    @Test
    void aDialectRoutingHeaderSentByAClientLeadsNowhere() {
        assertIamError(
                unsigned().header("X-Emulator-Dialect", "aliyun").get("/?Action=GetLoginProfile"), 404, "APIGW.0101");
        assertIamError(unsigned().header("X-Emulator-Dialect", "ctyun").post("/"), 404, "APIGW.0101");
    }

    @Test
    void wrongMethodIs405WithAllowHeader() {
        Response response = huawei().patch("/v5/users");
        assertIamError(response, 405, "APIGW.0101");
        assertThat(response.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void unsupportedMediaTypeIs400() {
        assertIamError(huawei().contentType("text/plain").body("name=x").post("/v5/users"), 400, "IAM.0011");
    }

    @Test
    void malformedJsonIs400() {
        assertIamError(huawei().body("{\"name\": \"x\", ").post("/v5/users"), 400, "IAM.0011");
        assertIamError(huawei().body("").post("/v5/users"), 400, "IAM.0011");
    }

    @Test
    void encodedSlashInAnIdIs400() {
        assertIamError(huawei().urlEncodingEnabled(false).get("/v5/users/a%2Fb"), 400, "IAM.0007");
    }

    @Test
    void requestsTheServerCannotParseGetTheIamFormatToo() throws IOException {
        String raw = rawRequest("GET /v5/users/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).containsIgnoringCase("X-Request-Id: ");
        assertThat(raw).contains("\"error_code\":\"IAM.0007\"");
        assertThat(raw).doesNotContain("<html").doesNotContain("Tomcat").doesNotContain("Exception");
    }

    private void assertIamError(Response response, int status, String code) {
        response.then()
                .statusCode(status)
                .contentType("application/json")
                .body("error_code", equalTo(code))
                .body("request_id", matchesPattern(HEX32))
                .body("request_id", equalTo(response.header("X-Request-Id")));
        assertThat(response.asString()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
