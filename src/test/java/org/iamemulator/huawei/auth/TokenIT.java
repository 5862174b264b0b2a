package org.iamemulator.huawei.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Password login issues tokens that authenticate API calls until they expire, and is recorded as a login. */
@Import(MovableClock.Config.class)
class TokenIT extends EmulatorIntegrationTest {

    @Autowired
    MovableClock clock;

    private String userName;
    private String userId;

    @BeforeEach
    void aUserWithAPassword() {
        userName = uniqueName("login");
        userId = givenUser(userName, Map.of());
        huawei().body(Map.of("password", "Passw0rd-Test", "password_reset_required", false))
                .post("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(201);
        grant(userId, "iam:users:getUserV5", "iam:users:showUserLastLoginV5");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aTokenFromAPasswordLoginWorksAndTheLoginIsRecorded() {
        Instant before = Instant.now().minusSeconds(1);
        Response login = login(userName, "Passw0rd-Test");

        login.then()
                .statusCode(201)
                .body("token.user.id", equalTo(userId))
                .body("token.user.name", equalTo(userName))
                .body("token.user.domain.id", equalTo(properties.accountId()))
                .body("token.domain.name", equalTo(properties.accountName()))
                .body("token.methods[0]", equalTo("password"));
        String token = login.header("X-Subject-Token");
        assertThat(token).startsWith("MII");
        assertThat(OffsetDateTime.parse(login.path("token.expires_at")).toInstant())
                .isAfter(OffsetDateTime.parse(login.path("token.issued_at")).toInstant());

        unsigned()
                .header("X-Auth-Token", token)
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(200)
                .body("user.user_name", equalTo(userName));
        String lastLogin = unsigned()
                .header("X-Auth-Token", token)
                .get("/v5/users/{id}/last-login", userId)
                .then()
                .statusCode(200)
                .extract()
                .path("user_last_login.last_login_at");
        assertThat(Instant.parse(lastLogin)).isAfter(before);
    }

    @Test
    void theRootUserLogsInWithTheConfiguredPassword() {
        login(properties.accountName(), properties.root().password())
                .then()
                .statusCode(201)
                .body("token.user.name", equalTo(properties.accountName()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        Response login = login(userName, "Passw0rd-Test");
        String token = login.header("X-Subject-Token");
        Instant expiresAt = OffsetDateTime.parse(login.path("token.expires_at")).toInstant();
        // the default login policy's session_timeout
        assertThat(Duration.between(clock.instant(), expiresAt))
                .isCloseTo(Duration.ofMinutes(60), Duration.ofMinutes(1));
        unsigned()
                .header("X-Auth-Token", token)
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(200);

        clock.advance(Duration.ofMinutes(60).plusSeconds(1));

        unsigned()
                .header("X-Auth-Token", token)
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(401)
                .body("error_code", equalTo("APIGW.0301"))
                .body("error_msg", startsWith("Incorrect IAM authentication information: token expires, expires_at: "));
    }

    @Test
    void anUnknownTokenIsRefused() {
        unsigned()
                .header("X-Auth-Token", "MIInot-a-token")
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(401)
                .body("error_msg", equalTo("Incorrect IAM authentication information: decrypt token fail"));
    }

    @Test
    void aWrongPasswordIsRefusedAndRepeatedFailuresLockTheLogin() {
        for (int i = 0; i < 5; i++) {
            login(userName, "wrong-password")
                    .then()
                    .statusCode(401)
                    .body("error_code", equalTo("IAM.0001"))
                    .body(
                            "error_msg",
                            equalTo("The request you have made requires authentication. "
                                    + "The username or password is wrong."));
        }

        login(userName, "Passw0rd-Test")
                .then()
                .statusCode(401)
                .body("error_msg", org.hamcrest.Matchers.containsString("locked until"));
    }

    @Test
    void aDisabledUserCannotLogIn() {
        huawei().body(Map.of("enabled", false))
                .put("/v5/users/{id}", userId)
                .then()
                .statusCode(200);

        login(userName, "Passw0rd-Test").then().statusCode(403).body("error_code", equalTo("IAM.0082"));
    }

    @Test
    void rejectsIncompleteLoginBodies() {
        unsigned()
                .body("{\"auth\":{}}")
                .post("/v3/auth/tokens")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"));
        unsigned()
                .body("not json")
                .post("/v3/auth/tokens")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0011"));
    }

    @Test
    void listsTheCallersDomainForTheSdksLookup() {
        huawei().get("/v3/auth/domains")
                .then()
                .statusCode(200)
                .header("X-IAM-Trace-Id", org.hamcrest.Matchers.notNullValue())
                .body("domains[0].id", equalTo(properties.accountId()))
                .body("domains[0].name", equalTo(properties.accountName()));
        unsigned().get("/v3/auth/domains").then().statusCode(401);
    }

    private Response login(String name, String password) {
        return unsigned()
                .body(Map.of(
                        "auth",
                        Map.of(
                                "identity",
                                Map.of(
                                        "methods",
                                        new String[] {"password"},
                                        "password",
                                        Map.of(
                                                "user",
                                                Map.of(
                                                        "name",
                                                        name,
                                                        "password",
                                                        password,
                                                        "domain",
                                                        Map.of("name", properties.accountName())))))))
                .post("/v3/auth/tokens");
    }
}
