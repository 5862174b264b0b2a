package org.iamemulator.huawei.auth;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.MovableClock;
import org.iamemulator.support.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * A user with an enabled virtual MFA device logs in with password and code (methods password + totp); the token's
 * requests carry g:MFAPresent and g:MFAAge, which policies decide on.
 */
@Import(MovableClock.Config.class)
class MfaLoginIT extends EmulatorIntegrationTest {

    private static final String PASSWORD = "Passw0rd-Mfa";

    @Autowired
    MovableClock clock;

    private String userName;
    private String userId;

    @BeforeEach
    void aUserWithAPassword() {
        userName = uniqueName("mfa-login");
        userId = givenUser(userName, Map.of());
        huawei().body(Map.of("password", PASSWORD, "password_reset_required", false))
                .post("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(201);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aPolicyRequiringMfaAllowsTheMfaTokenAndDeniesThePasswordOnlyOne() {
        givenPolicy("""
                {"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:users:getUserV5"],
                 "Condition":{"Bool":{"g:MFAPresent":["true"]}}}]}""");
        String passwordOnly = login(passwordOnly())
                .then()
                .statusCode(201)
                .body("token.methods", contains("password"))
                .extract()
                .header("X-Subject-Token");
        String seed = enabledDevice();

        String withMfa = login(withCode(userId, code(seed)))
                .then()
                .statusCode(201)
                .body("token.methods", contains("password", "totp"))
                .extract()
                .header("X-Subject-Token");

        unsigned()
                .header("X-Auth-Token", withMfa)
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(200);
        unsigned()
                .header("X-Auth-Token", passwordOnly)
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(403)
                .body("error_code", equalTo("PAP5.0001"));
    }

    @Test
    void mfaAgeCountsTheSecondsSinceTheMfaLogin() {
        givenPolicy("""
                {"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:users:getUserV5"],
                 "Condition":{"NumberLessThan":{"g:MFAAge":["1800"]}}}]}""");
        String seed = enabledDevice();
        String token = login(withCode(userId, code(seed)))
                .then()
                .statusCode(201)
                .extract()
                .header("X-Subject-Token");
        unsigned()
                .header("X-Auth-Token", token)
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(200);

        // within the default login policy's session timeout (60 minutes), past the condition's 30
        clock.advance(Duration.ofMinutes(45));

        unsigned()
                .header("X-Auth-Token", token)
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(403);
    }

    @Test
    void aUserWithAnEnabledDeviceIsRefusedWithoutTheRightCode() {
        String seed = enabledDevice();

        refused(login(passwordOnly()));
        refused(login(withCode(userId, TotpCodes.at(seed, clock.instant().minusSeconds(120)))));
        refused(login(withCode(givenUser(uniqueName("someone-else"), Map.of()), code(seed))));
        login(withCode(userId, code(seed))).then().statusCode(201);
    }

    @Test
    void aCodeWithoutAnEnabledDeviceIsRefused() {
        refused(login(withCode(userId, "123456")));
        login(passwordOnly()).then().statusCode(201);
    }

    @Test
    void theTotpMethodNeedsItsPasscode() {
        login(Map.of(
                        "methods",
                        List.of("password", "totp"),
                        "password",
                        passwordUser(),
                        "totp",
                        Map.of("user", Map.of("id", userId))))
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"))
                .body("error_msg", equalTo("'auth.identity.totp.user.passcode' is a required property."));
    }

    private static void refused(Response login) {
        login.then()
                .statusCode(401)
                .body("error_code", equalTo("IAM.0001"))
                .body("error_msg", containsString("virtual MFA verification code is missing or wrong"));
    }

    /** Creates and enables a device for the user with the codes its app shows; returns the seed. */
    private String enabledDevice() {
        Map<String, String> device = huawei().body(
                        Map.of("user_id", userId, "virtual_mfa_device_name", uniqueName("phone")))
                .post("/v5/virtual-mfa-devices")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("virtual_mfa_device");
        String seed = device.get("base32_string_seed");
        huawei().body(Map.of(
                        "user_id",
                        userId,
                        "serial_number",
                        device.get("serial_number"),
                        "authentication_code_first",
                        TotpCodes.at(seed, clock.instant().minusSeconds(30)),
                        "authentication_code_second",
                        code(seed)))
                .post("/v5/mfa-devices/enable")
                .then()
                .statusCode(200);
        return seed;
    }

    private void givenPolicy(String document) {
        String policyId = huawei().body(Map.of("policy_name", uniqueName("p"), "policy_document", document))
                .post("/v5/policies")
                .then()
                .statusCode(201)
                .extract()
                .path("policy.policy_id");
        huawei().body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/attach-user", policyId)
                .then()
                .statusCode(200);
    }

    private String code(String seed) {
        return TotpCodes.at(seed, clock.instant());
    }

    private Map<String, Object> passwordOnly() {
        return Map.of("methods", List.of("password"), "password", passwordUser());
    }

    private Map<String, Object> withCode(String codeUserId, String passcode) {
        return Map.of(
                "methods",
                List.of("password", "totp"),
                "password",
                passwordUser(),
                "totp",
                Map.of("user", Map.of("id", codeUserId, "passcode", passcode)));
    }

    private Map<String, Object> passwordUser() {
        return Map.of(
                "user",
                Map.of("name", userName, "password", PASSWORD, "domain", Map.of("name", properties.accountName())));
    }

    private Response login(Map<String, Object> identity) {
        return unsigned().body(Map.of("auth", Map.of("identity", identity))).post("/v3/auth/tokens");
    }
}
