package org.iamemulator.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;

class OpenApiIT extends EmulatorIntegrationTest {

    @Test
    void specDocumentsBothOperationsWithTheirSchemas() {
        RestAssured.given()
                .baseUri(baseUri)
                .get("/v3/api-docs/huawei-iam")
                .then()
                .statusCode(200)
                .body("paths.'/v5/users/{user_id}'.get.operationId", equalTo("ShowUserV5"))
                .body("paths.'/v5/users/{user_id}/last-login'.get.operationId", equalTo("ShowUserLastLoginV5"))
                .body(
                        "components.schemas.UserEx.properties.keySet()",
                        hasItems(
                                "description",
                                "user_name",
                                "is_root_user",
                                "created_at",
                                "user_id",
                                "urn",
                                "enabled",
                                "tags"))
                .body(
                        "components.schemas.UserLastLogin.properties.last_login_at.example",
                        equalTo("2023-09-13T03:32:02.563Z"))
                .body("components.schemas.HuaweiErrorBody.properties.error_code", notNullValue());
    }

    @Test
    void eachCataloguedOperationIsDescribedByItsActionFromTheCatalog() {
        RestAssured.given()
                .baseUri(baseUri)
                .get("/v3/api-docs/huawei-iam")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/v5/users/{user_id}'.get.description",
                        equalTo(
                                "Action `iam:users:getUserV5` (access"
                                        + " level read), resource user, condition keys g:ResourceTag/<tag-key>, iam:ResourceIsRootUser."))
                .body(
                        "paths.'/v5/policies/{policy_id}/attach-user'.post.description",
                        equalTo("Action"
                                + " `iam:users:attachPolicyV5` (access level permission_management), resource user, condition"
                                + " keys g:ResourceTag/<tag-key>, iam:ResourceIsRootUser, iam:PolicyURN."))
                .body(
                        "paths.'/v5/groups/{group_id}/add-user'.post.description",
                        equalTo("Action"
                                + " `iam:groups:addUserV5` (access level write), resource group. A user belongs to at most 10"
                                + " groups."))
                .body(
                        "paths.'/v5/authorization-schemas/services/{service_code}'.get.description",
                        equalTo("Needs no permission. Services: iam and sts; another code answers 404."));
    }

    @Test
    void huaweiOperationsDeclareTheTokenSchemeExceptTheLogin() {
        RestAssured.given()
                .baseUri(baseUri)
                .get("/v3/api-docs/huawei-iam")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.X-Auth-Token.in", equalTo("header"))
                .body("paths.'/v5/users/{user_id}'.get.security[0].keySet()", hasItems("X-Auth-Token"))
                .body("paths.'/v3/auth/tokens'.post.security", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void swaggerUiOpensOnHuaweiIamAndListsEachDialectOnce() {
        RestAssured.given()
                .baseUri(baseUri)
                .get("/v3/api-docs/swagger-config")
                .then()
                .statusCode(200)
                .body("'urls.primaryName'", equalTo("Huawei IAM v5"))
                .body(
                        "urls.name",
                        containsInAnyOrder(
                                "Huawei IAM v5", "Alibaba Cloud RAM/IMS", "CTyun IAM (AWS Query)", "Emulator control"));
    }

    @Test
    void theHuaweiDocumentHoldsNoOtherDialect() {
        RestAssured.given()
                .baseUri(baseUri)
                .get("/v3/api-docs/huawei-iam")
                .then()
                .statusCode(200)
                .body("paths.keySet()", not(hasItem("/")))
                .body("tags.name", not(hasItem("CTyun OOS IAM (AWS Query)")));
    }

    @Test
    void theControlApiHasItsOwnGroup() {
        RestAssured.given()
                .baseUri(baseUri)
                .get("/v3/api-docs/emulator-control")
                .then()
                .statusCode(200)
                .body("paths.keySet()", hasItems("/_emulator/reset", "/_emulator/faults", "/_emulator/requests"))
                .body("paths.keySet()", org.hamcrest.Matchers.not(hasItems("/v5/users")));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        huawei().get("/v5/users").then().statusCode(200);
        RestAssured.given()
                .baseUri(baseUri)
                .get("/actuator/prometheus")
                .then()
                .statusCode(200)
                .body(containsString(
                        "iam_emulator_requests_total{decision=\"ALLOW\",operation=\"ListUsersV5\",status=\"200\"}"));
        RestAssured.given()
                .baseUri(baseUri)
                .get("/actuator/health/readiness")
                .then()
                .statusCode(200);
        RestAssured.given()
                .baseUri(baseUri)
                .get("/actuator/health/liveness")
                .then()
                .statusCode(200);
    }

    @Test
    void anUnknownGroupIsNotFound() {
        RestAssured.given()
                .baseUri(baseUri)
                .get("/v3/api-docs/nope")
                .then()
                .statusCode(404)
                .body("error_code", equalTo("APIGW.0101"));
    }

    @Test
    void swaggerUiIsServed() {
        RestAssured.given()
                .baseUri(baseUri)
                .redirects()
                .follow(true)
                .get("/swagger-ui.html")
                .then()
                .statusCode(200)
                .body(containsString("swagger-ui"));
    }
}
