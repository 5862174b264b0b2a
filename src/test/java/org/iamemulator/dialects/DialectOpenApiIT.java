package org.iamemulator.dialects;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;

/** Both dialects answer at "/", so each has an OpenAPI group of its own that shows its operation once. */
class DialectOpenApiIT extends EmulatorIntegrationTest {

    @Test
    void alibabaCloudShowsGetLoginProfileOnceWithItsParametersAndAnswers() {
        document("alibaba-ram-ims")
                .body("paths.keySet()", contains("/"))
                .body("paths.'/'.keySet()", contains("post"))
                .body("paths.'/'.post.operationId", equalTo("AliyunGetLoginProfile"))
                .body("paths.'/'.post.tags", contains("Alibaba Cloud RAM / IMS (RPC)"))
                .body(
                        "paths.'/'.post.parameters.name",
                        containsInAnyOrder("Action", "Version", "UserPrincipalName", "UserName", "Format"))
                .body("paths.'/'.post.responses.'200'.content.keySet()", contains("application/json", "text/xml"))
                .body(
                        "paths.'/'.post.responses.'200'.content.'application/json'.example.LoginProfile.Status",
                        equalTo("Active"))
                .body(
                        "paths.'/'.post.responses.'404'.content.'application/json'.example.Code",
                        equalTo("EntityNotExist.User"));
    }

    @Test
    void ctyunShowsGetUserOnceWithItsParametersAndAnswers() {
        document("ctyun-iam")
                .body("paths.keySet()", contains("/"))
                .body("paths.'/'.keySet()", contains("post"))
                .body("paths.'/'.post.operationId", equalTo("CtyunGetUser"))
                .body("paths.'/'.post.tags", contains("CTyun OOS IAM (AWS Query)"))
                .body("paths.'/'.post.parameters.name", containsInAnyOrder("Action", "Version", "UserName"))
                .body("paths.'/'.post.responses.'200'.content.keySet()", contains("text/xml"))
                .body(
                        "paths.'/'.post.responses.'200'.content.'text/xml'.example",
                        containsString("<GetUserResponse><GetUserResult><User>"))
                .body(
                        "paths.'/'.post.responses.'404'.content.'text/xml'.example",
                        containsString("<Code>NoSuchEntity</Code>"));
    }

    @Test
    void theRoutingHeaderIsNoClientParameter() {
        for (String group : new String[] {"alibaba-ram-ims", "ctyun-iam"}) {
            document(group).body("paths.'/'.post.parameters.name", not(hasItem("X-Emulator-Dialect")));
        }
    }

    private ValidatableResponse document(String group) {
        return RestAssured.given()
                .baseUri(baseUri)
                .get("/v3/api-docs/" + group)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
    }
}
