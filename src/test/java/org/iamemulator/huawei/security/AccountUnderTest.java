package org.iamemulator.huawei.security;

import static io.restassured.RestAssured.given;

import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateLoginProfileReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateLoginProfileV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.Map;
import org.iamemulator.support.HuaweiSdk;
import org.iamemulator.support.HuaweiSigningFilter;

/**
 * A disposable account of its own ({@code POST /_emulator/accounts}), so that a test's policies bind no other test:
 * its root user through the SDK and raw HTTP, its users and their password logins.
 */
record AccountUnderTest(String baseUri, String id, String name, String accessKey, String secretKey) {

    static AccountUnderTest create(String baseUri, RequestSpecification control) {
        var answer = control.post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        return new AccountUnderTest(
                baseUri,
                answer.getString("account_id"),
                answer.getString("account_name"),
                answer.getString("root_access_key"),
                answer.getString("root_secret_key"));
    }

    /** The official SDK as the account's root user. */
    IamClient root() {
        return HuaweiSdk.iamClient(baseUri, accessKey, secretKey, id);
    }

    /** Raw HTTP signed as the account's root user. */
    RequestSpecification rootHttp() {
        return given().baseUri(baseUri)
                .contentType(ContentType.JSON)
                .filter(HuaweiSigningFilter.with(accessKey, secretKey));
    }

    /** Raw HTTP signed as the account's root user at a time (the emulator's clock may have been moved). */
    RequestSpecification rootHttpAt(Instant at) {
        return given().baseUri(baseUri)
                .contentType(ContentType.JSON)
                .filter(HuaweiSigningFilter.at(accessKey, secretKey, at));
    }

    /** Creates an enabled IAM user without a console password; returns its id. */
    String user(String name) {
        return root().createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody().withName(name).withEnabled(true)))
                .getUser()
                .getUserId();
    }

    /** Creates an IAM user with this console password; returns its id. */
    String userWithPassword(String name, String password) {
        String userId = user(name);
        root().createLoginProfileV5(new CreateLoginProfileV5Request()
                .withUserId(userId)
                .withBody(new CreateLoginProfileReqBody().withPassword(password).withPasswordResetRequired(false)));
        return userId;
    }

    /** The official SDK as the user, with a new access key of its own. */
    IamClient as(String userId) {
        var key = root().createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(userId))
                .getAccessKey();
        return HuaweiSdk.iamClient(baseUri, key.getAccessKeyId(), key.getSecretAccessKey(), id);
    }

    /** Password login ({@code POST /v3/auth/tokens}) of a user of this account. */
    Response login(String userName, String password) {
        return given().baseUri(baseUri)
                .contentType(ContentType.JSON)
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
                                                        userName,
                                                        "password",
                                                        password,
                                                        "domain",
                                                        Map.of("name", name)))))))
                .post("/v3/auth/tokens");
    }

    /** A token of a successful password login. */
    String token(String userName, String password) {
        return login(userName, password).then().statusCode(201).extract().header("X-Subject-Token");
    }

    /** Raw HTTP with a token of the user's password login. */
    RequestSpecification asUser(String userName, String password) {
        return withToken(token(userName, password));
    }

    RequestSpecification withToken(String token) {
        return given().baseUri(baseUri).contentType(ContentType.JSON).header("X-Auth-Token", token);
    }

    /** Lets the user do these actions on every resource. */
    void grant(String userId, String... actions) {
        String document = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\""
                + String.join("\",\"", actions) + "\"]}]}";
        String policyId = rootHttp()
                .body(Map.of("policy_name", "allow-" + userId.substring(0, 8), "policy_document", document))
                .post("/v5/policies")
                .then()
                .statusCode(201)
                .extract()
                .path("policy.policy_id");
        rootHttp()
                .body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/attach-user", policyId)
                .then()
                .statusCode(200);
    }
}
