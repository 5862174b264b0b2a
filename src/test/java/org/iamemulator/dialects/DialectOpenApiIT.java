package org.iamemulator.dialects;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.RestAssured;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;

class DialectOpenApiIT extends EmulatorIntegrationTest {

    @Test
    void documentsTheDialectEndpointsAtRootWithoutTheRoutingHeader() {
        RestAssured.given().baseUri(baseUri).get("/v3/api-docs/other-clouds").then()
                .statusCode(200)
                .body("paths.'/'.get", notNullValue())
                .body("paths.'/'.post", notNullValue())
                .body("paths.'/'.put", nullValue())
                .body("paths.'/'.post.tags", hasItems("Alibaba Cloud RAM / IMS (RPC)", "CTyun OOS IAM (AWS Query)"))
                .body("paths.'/'.post.parameters.name", hasItems("Action", "Version", "UserPrincipalName",
                        "UserName"))
                .body("paths.'/'.post.parameters.name", not(hasItems("X-Emulator-Dialect")));
    }
}
