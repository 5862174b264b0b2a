package org.iamemulator.huawei.security;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A seed file sets the account's policies; a reset brings the seed's back, a disposable account starts with them. */
@TestPropertySource(properties = "emulator.seed=classpath:seeds/security-policies-seed.yaml")
class SeededSecurityPoliciesIT extends EmulatorIntegrationTest {

    @Test
    void theSeedsPoliciesHoldAndAResetBringsThemBack() {
        huawei().get("/v5/password-policy")
                .then()
                .statusCode(200)
                .body("password_policy.minimum_password_length", equalTo(12))
                .body("password_policy.password_char_combination", equalTo(3))
                .body("password_policy.password_reuse_prevention", equalTo(1));
        huawei().get("/v5/login-policy")
                .then()
                .statusCode(200)
                .body("login_policy.session_timeout", equalTo(30))
                .body("login_policy.allow_ip_ranges[0].description", equalTo("this machine"));
        huawei().body(Map.of("minimum_password_length", 20))
                .put("/v5/password-policy")
                .then()
                .statusCode(200);

        control()
                .post("/_emulator/reset?account_id=" + properties.accountId())
                .then()
                .statusCode(200);

        huawei().get("/v5/password-policy").then().body("password_policy.minimum_password_length", equalTo(12));
        AccountUnderTest.create(baseUri, control())
                .rootHttp()
                .get("/v5/login-policy")
                .then()
                .statusCode(200)
                .body("login_policy.session_timeout", equalTo(30));
    }
}
