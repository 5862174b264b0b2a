package org.iamemulator.huawei.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.JsonShape;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ShowUserLastLoginV5IT extends EmulatorIntegrationTest {

    @Test
    void sendsNullWhenTheUserNeverLoggedIn() {
        String id = givenUser(uniqueName("never"), Map.of());

        String body = huawei().get("/v5/users/{id}/last-login", id)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();

        assertThat(body).isEqualTo("{\"user_last_login\":{\"last_login_at\":null}}");
    }

    @Test
    void reportsTheLatestLoginInUtcWithMilliseconds() {
        String id = givenUser(uniqueName("logged"), Map.of());
        provisioning.recordLogin(id, Instant.parse("2023-09-13T03:32:02.563Z"), "192.0.2.1");
        provisioning.recordLogin(id, Instant.parse("2024-01-02T10:00:00Z"), "192.0.2.2");
        provisioning.recordLogin(id, Instant.parse("2023-12-31T23:59:59.999Z"), "192.0.2.3");

        huawei().get("/v5/users/{id}/last-login", id)
                .then()
                .statusCode(200)
                .body("user_last_login.last_login_at", equalTo("2024-01-02T10:00:00.000Z"));
    }

    @Test
    void truncatesSubMillisecondPrecision() {
        String id = givenUser(uniqueName("precise"), Map.of());
        provisioning.recordLogin(id, Instant.parse("2023-09-13T03:32:02.563987Z"), null);

        huawei().get("/v5/users/{id}/last-login", id)
                .then()
                .statusCode(200)
                .body("user_last_login.last_login_at", equalTo("2023-09-13T03:32:02.563Z"));
    }

    @Test
    void hasTheShapeOfTheDocumentedExample() throws IOException {
        String id = givenUser(uniqueName("shape"), Map.of());
        provisioning.recordLogin(id, Instant.parse("2023-09-13T03:32:02.563Z"), null);

        Response response = huawei().get("/v5/users/{id}/last-login", id);

        JsonShape.assertSameShape(
                JsonMapper.builder().build().readTree(response.asString()),
                ShowUserV5IT.seed("show-user-last-login-v5.json"));
    }

    @Test
    void answersAnUnknownUserWith404() {
        huawei().get("/v5/users/{id}/last-login", "ffffffffffffffffffffffffffffffff")
                .then()
                .statusCode(404)
                .body("error_code", equalTo("IAM.0004"))
                .body("error_msg", equalTo("Could not find user: ffffffffffffffffffffffffffffffff."));
    }

    @Test
    void rejectsAMalformedUserIdWith400() {
        huawei().get("/v5/users/{id}/last-login", "not_valid")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0007"));
    }
}
