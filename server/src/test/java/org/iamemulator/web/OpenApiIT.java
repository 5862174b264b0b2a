package org.iamemulator.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;

class OpenApiIT extends EmulatorIntegrationTest {

    @Test
    void specDocumentsBothOperationsWithTheirSchemas() {
        RestAssured.given().baseUri(baseUri).get("/v3/api-docs").then()
                .statusCode(200)
                .body("paths.'/v5/users/{user_id}'.get.operationId", equalTo("ShowUserV5"))
                .body("paths.'/v5/users/{user_id}/last-login'.get.operationId", equalTo("ShowUserLastLoginV5"))
                .body("components.schemas.UserEx.properties.keySet()",
                        hasItems("description", "user_name", "is_root_user", "created_at", "user_id", "urn",
                                "enabled", "tags"))
                .body("components.schemas.UserLastLogin.properties.last_login_at.example",
                        equalTo("2023-09-13T03:32:02.563Z"))
                .body("components.schemas.HuaweiErrorBody.properties.error_code", notNullValue());
    }

    @Test
    void swaggerUiIsServed() {
        RestAssured.given().baseUri(baseUri).redirects().follow(true).get("/swagger-ui.html").then()
                .statusCode(200)
                .body(containsString("swagger-ui"));
    }
}
