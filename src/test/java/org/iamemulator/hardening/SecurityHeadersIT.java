package org.iamemulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.iamemulator.hardening.Wire.Header;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;

/** Security headers on answers of every kind: success and error, every dialect, errors raised before any filter. */
class SecurityHeadersIT extends EmulatorIntegrationTest {

    private void assertApiHeaders(Wire.Response response) {
        assertThat(response.header("X-Content-Type-Options"))
                .as(response.body())
                .hasValue("nosniff");
        assertThat(response.header("Cache-Control")).hasValue("no-store");
        assertThat(response.header("X-Frame-Options")).hasValue("DENY");
        assertThat(response.header("X-Request-Id")).isPresent();
    }

    private Wire.Response get(String target, Header... headers) {
        return new Wire(port)
                .send(new Wire.Request("GET", target.getBytes(StandardCharsets.UTF_8), List.of(headers), null));
    }

    @Test
    void huaweiSuccessAndErrors() {
        huawei().get("/v5/users")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY");
        assertApiHeaders(get("/v5/users")); // 401
        assertApiHeaders(get("/v5/nothing-here")); // 404
        assertApiHeaders(get("/v5/users/%zz")); // 400 from Tomcat's valve
        assertApiHeaders(get("/v5/users/a;b=%zz")); // 400 from UnparsablePathFilter
        assertApiHeaders(new Wire(port)
                .send(new Wire.Request(
                        "TRACE",
                        "/v5/users".getBytes(StandardCharsets.UTF_8),
                        List.of(),
                        null))); // 405 before any filter
    }

    @Test
    void dialectsAndControl() {
        assertApiHeaders(get("/?Action=GetLoginProfile&Version=2019-08-15&AccessKeyId=x&Signature=y"));
        assertApiHeaders(get("/?Action=GetUser&Version=2010-05-08"));
        assertApiHeaders(get("/"));
        assertApiHeaders(get("/_emulator/health"));
        assertApiHeaders(get("/v3/api-docs/huawei-iam"));
    }

    @Test
    void swaggerUiStaysCacheableAndFrameable() {
        Wire.Response page = get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.header("X-Frame-Options")).isEmpty();
        Wire.Response asset = get("/swagger-ui/swagger-ui.css");
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(asset.header("X-Frame-Options")).isEmpty();
        assertThat(asset.header("Cache-Control").orElse("")).doesNotContain("no-store");
    }
}
