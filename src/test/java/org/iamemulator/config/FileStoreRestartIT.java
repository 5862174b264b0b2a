package org.iamemulator.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.Map;
import org.iamemulator.IamEmulatorApplication;
import org.iamemulator.support.HuaweiSigningFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** With {@code emulator.store.path} set, what the emulator acknowledged is still there after a restart. */
class FileStoreRestartIT {

    @TempDir
    Path storeDir;

    @Test
    void dataWrittenBeforeARestartIsServedAfterIt() {
        String store = storeDir.resolve("iam").toString();
        String userId;
        try (ConfigurableApplicationContext first = start(store)) {
            userId = asRoot(first)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "survivor", "description", "kept on disk", "enabled", true))
                    .post("/v5/users")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("user.user_id");
        }

        try (ConfigurableApplicationContext second = start(store)) {
            asRoot(second)
                    .get("/v5/users/{id}", userId)
                    .then()
                    .statusCode(200)
                    .body("user.user_name", equalTo("survivor"))
                    .body("user.description", equalTo("kept on disk"));
        }
    }

    /**
     * After a restart the seeded accounts are already in the store: their snapshot comes from seeding them once more in
     * a transaction that is rolled back. A reset and a disposable account then work as on a fresh store.
     */
    @Test
    void resetAndDisposableAccountsWorkAfterARestart() {
        String store = storeDir.resolve("iam").toString();
        try (ConfigurableApplicationContext first = start(store)) {
            asRoot(first)
                    .contentType(ContentType.JSON)
                    .body(Map.of("name", "until-reset", "enabled", true))
                    .post("/v5/users")
                    .then()
                    .statusCode(201);
        }

        try (ConfigurableApplicationContext second = start(store)) {
            String accountId = asRoot(second)
                    .contentType(ContentType.JSON)
                    .post("/_emulator/accounts")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("account_id");
            asRoot(second)
                    .get("/v5/users?limit=100")
                    .then()
                    .statusCode(200)
                    .body("users.user_name", hasItem("until-reset"));

            asRoot(second).post("/_emulator/reset").then().statusCode(200);

            asRoot(second)
                    .get("/v5/users?limit=100")
                    .then()
                    .statusCode(200)
                    .body("users.user_name", not(hasItem("until-reset")))
                    .body("users.user_name", hasItems("alice", "bob", "carol"));
            asRoot(second)
                    .post("/_emulator/reset?account_id=" + accountId)
                    .then()
                    .statusCode(200);
        }
    }

    private static ConfigurableApplicationContext start(String storePath) {
        return new SpringApplicationBuilder(IamEmulatorApplication.class)
                .run("--server.port=0", "--emulator.store.path=" + storePath, "--emulator.demo-data=true");
    }

    private static RequestSpecification asRoot(ConfigurableApplicationContext context) {
        EmulatorProperties properties = context.getBean(EmulatorProperties.class);
        return given().baseUri("http://127.0.0.1:"
                        + ((WebServerApplicationContext) context).getWebServer().getPort())
                .filter(HuaweiSigningFilter.with(
                        properties.root().accessKey(), properties.root().secretKey()));
    }
}
