package org.iamemulator.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
            userId = asRoot(first).contentType(ContentType.JSON)
                    .body(Map.of("name", "survivor", "description", "kept on disk", "enabled", true))
                    .post("/v5/users").then().statusCode(201).extract().path("user.user_id");
        }

        try (ConfigurableApplicationContext second = start(store)) {
            asRoot(second).get("/v5/users/{id}", userId).then()
                    .statusCode(200)
                    .body("user.user_name", equalTo("survivor"))
                    .body("user.description", equalTo("kept on disk"));
        }
    }

    private static ConfigurableApplicationContext start(String storePath) {
        return new SpringApplicationBuilder(IamEmulatorApplication.class)
                .run("--server.port=0", "--emulator.store.path=" + storePath, "--emulator.demo-data=true");
    }

    private static RequestSpecification asRoot(ConfigurableApplicationContext context) {
        EmulatorProperties properties = context.getBean(EmulatorProperties.class);
        return given().baseUri("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort())
                .filter(HuaweiSigningFilter.with(properties.root().accessKey(), properties.root().secretKey()));
    }
}
