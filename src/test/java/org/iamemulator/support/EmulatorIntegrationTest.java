package org.iamemulator.support;

import static io.restassured.RestAssured.given;

import com.huaweicloud.sdk.iam.v5.IamClient;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.core.Ids;
import org.iamemulator.core.user.UserProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs the whole emulator on a random port against its embedded store; tests talk to it over HTTP only, except
 * for setting up state that no API offers yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EmulatorIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected EmulatorProperties properties;

    @Autowired
    protected UserProvisioning provisioning;

    protected String baseUri;

    @BeforeEach
    void pointClientsAtEmulator() {
        baseUri = "http://127.0.0.1:" + port;
    }

    /** A request to the Huawei API as the default account's root user, signed with its access key. */
    protected RequestSpecification huawei() {
        return huaweiAs(properties.root().accessKey(), properties.root().secretKey());
    }

    /** A request to the Huawei API signed with the given key pair. */
    protected RequestSpecification huaweiAs(String accessKey, String secretKey) {
        return unsigned().filter(HuaweiSigningFilter.with(accessKey, secretKey));
    }

    /** The official SDK's IAM v5 client as the default account's root user. */
    protected IamClient rootIamClient() {
        return HuaweiSdk.iamClient(
                baseUri, properties.root().accessKey(), properties.root().secretKey(), properties.accountId());
    }

    /** A request to the emulator's control API, with the control token when one is configured. */
    protected RequestSpecification control() {
        RequestSpecification spec = given().baseUri(baseUri).contentType(ContentType.JSON);
        String token = properties.control().token();
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    /** A request to the Huawei API without credentials. */
    protected RequestSpecification unsigned() {
        return given().baseUri(baseUri).contentType(ContentType.JSON);
    }

    /** Attaches to the user a new custom policy that allows the actions on every resource. */
    protected void grant(String userId, String... actions) {
        String document = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\""
                + String.join("\",\"", actions) + "\"]}]}";
        String policyId = huawei().body(Map.of("policy_name", uniqueName("allow"), "policy_document", document))
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

    /** A user name no other test uses. */
    protected static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a user with tags in the default account and returns its id. */
    protected String givenUser(String name, Map<String, String> tags) {
        String id = Ids.random();
        provisioning.ensureUser(properties.accountId(), id, name, "", true, tags);
        return id;
    }

    /** Gives the user a login profile with this password, no reset required. */
    protected void givenPassword(String userId, String password) {
        huawei().body(Map.of("password", password, "password_reset_required", false))
                .post("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(201);
    }
}
