package org.iamemulator.huawei.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.huaweicloud.sdk.iam.v5.model.AllowAddressNetmask;
import com.huaweicloud.sdk.iam.v5.model.AllowIpRange;
import com.huaweicloud.sdk.iam.v5.model.UpdateLoginPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdateLoginPolicyV5Request;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the login policy (set through the official SDK) refusing a password login, then allowing one; the
 * token policy likewise. The test client logs in from 127.0.0.1. Each test has an account of its own.
 */
class LoginPolicyRulesIT extends ClockedAccountIntegrationTest {

    @Test
    void failedLoginsLockTheUserOutAsThePolicySays() {
        policy(body ->
                body.withLoginFailedTimes(3).withPeriodWithLoginFailures(20).withLockoutDuration(30));
        account.userWithPassword("fumbler", "Passw0rd-1");

        for (int i = 0; i < 2; i++) {
            account.login("fumbler", "Wrong-Passw0rd").then().statusCode(401);
        }
        // two failures do not lock
        account.login("fumbler", "Passw0rd-1").then().statusCode(201);
        for (int i = 0; i < 3; i++) {
            account.login("fumbler", "Wrong-Passw0rd").then().statusCode(401);
        }
        account.login("fumbler", "Passw0rd-1")
                .then()
                .statusCode(401)
                .body("error_code", equalTo("IAM.0001"))
                .body("error_msg", containsString("locked until"));

        clock.advance(Duration.ofMinutes(29));
        account.login("fumbler", "Passw0rd-1").then().statusCode(401);
        clock.advance(Duration.ofMinutes(1));
        account.login("fumbler", "Passw0rd-1").then().statusCode(201);
    }

    @Test
    void theSessionTimeoutIsTheLifetimeOfTheLoginsToken() {
        String userId = account.userWithPassword("sessions", "Passw0rd-1");
        account.grant(userId, "iam:users:getUserV5");
        assertLifetime(account.login("sessions", "Passw0rd-1"), Duration.ofMinutes(60));
        policy(body -> body.withSessionTimeout(15));

        Response login = account.login("sessions", "Passw0rd-1");
        assertLifetime(login, Duration.ofMinutes(15));
        String token = login.header("X-Subject-Token");
        clock.advance(Duration.ofMinutes(15).minusSeconds(5));
        account.withToken(token).get("/v5/users/{id}", userId).then().statusCode(200);
        clock.advance(Duration.ofSeconds(10));
        account.withToken(token)
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(401)
                .body("error_code", equalTo("APIGW.0301"));
    }

    @Test
    void loginsFromOutsideTheAllowedRangesAndNetmasksAreRefused() {
        account.userWithPassword("roamer", "Passw0rd-1");
        policy(body -> body.withAllowIpRanges(List.of(new AllowIpRange().withIpRange("10.0.0.1-10.0.0.9")))
                .withAllowAddressNetmasks(List.of(new AllowAddressNetmask().withAddressNetmask("192.168.0.0/16"))));

        account.login("roamer", "Passw0rd-1")
                .then()
                .statusCode(401)
                .body("error_code", equalTo("IAM.0001"))
                .body(
                        "error_msg",
                        equalTo("The request you have made requires authentication. Login from 127.0.0.1"
                                + " is not allowed by the account's login policy (allow_ip_ranges, allow_address_netmasks,"
                                + " allow_ip_ranges_ipv6)."));
        // not the root user
        account.login(account.name(), properties.root().password()).then().statusCode(201);

        policy(body ->
                body.withAllowAddressNetmasks(List.of(new AllowAddressNetmask().withAddressNetmask("127.0.0.0/8"))));
        account.login("roamer", "Passw0rd-1").then().statusCode(201);
        policy(body -> body.withAllowAddressNetmasks(List.of())
                .withAllowIpRanges(List.of(new AllowIpRange().withIpRange("127.0.0.1-127.0.0.1"))));
        account.login("roamer", "Passw0rd-1").then().statusCode(201);
    }

    @Test
    void anIamUserUnusedForTheValidityPeriodIsDisabledAtLogin() {
        policy(body -> body.withUserValidityPeriod(10));
        String userId = account.userWithPassword("sleeper", "Passw0rd-1");
        clock.advance(Duration.ofDays(9));
        account.login("sleeper", "Passw0rd-1").then().statusCode(201);
        clock.advance(Duration.ofDays(9));
        // 9 days after the last login
        account.login("sleeper", "Passw0rd-1").then().statusCode(201);

        clock.advance(Duration.ofDays(10));

        account.login("sleeper", "Passw0rd-1")
                .then()
                .statusCode(403)
                .body("error_code", equalTo("IAM.0082"))
                .body("error_msg", equalTo("The user sleeper is disabled."));
        account.rootHttpAt(clock.instant())
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(200)
                .body("user.enabled", equalTo(false));
        // not the root user
        account.login(account.name(), properties.root().password()).then().statusCode(201);
    }

    @Test
    void withTokensDisabledIamUsersGetNoTokenButTheRootUserDoes() {
        account.userWithPassword("tokenless", "Passw0rd-1");
        account.rootHttp()
                .body(Map.of("token_enabled", false))
                .put("/v5/token-policy")
                .then()
                .statusCode(200);

        account.login("tokenless", "Passw0rd-1")
                .then()
                .statusCode(403)
                .body("error_code", equalTo("IAM.0002"))
                .body("error_msg", containsString("token policy"));
        account.login(account.name(), properties.root().password()).then().statusCode(201);

        account.rootHttp()
                .body(Map.of("token_enabled", true))
                .put("/v5/token-policy")
                .then()
                .statusCode(200);
        account.login("tokenless", "Passw0rd-1").then().statusCode(201);
    }

    private void policy(UnaryOperator<UpdateLoginPolicyReqBody> change) {
        root.updateLoginPolicyV5(
                new UpdateLoginPolicyV5Request().withBody(change.apply(new UpdateLoginPolicyReqBody())));
    }

    private static void assertLifetime(Response login, Duration lifetime) {
        login.then().statusCode(201);
        Instant issued = OffsetDateTime.parse(login.path("token.issued_at")).toInstant();
        Instant expires = OffsetDateTime.parse(login.path("token.expires_at")).toInstant();
        assertThat(Duration.between(issued, expires)).isEqualTo(lifetime);
    }
}
