package org.iamemulator.durability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.iamemulator.IamEmulatorApplication;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.support.HuaweiSigningFilter;
import org.iamemulator.support.postgres.PostgresAvailable;
import org.iamemulator.support.postgres.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** What the emulator acknowledged survives a kill -9; a stop lets in-flight requests finish. */
class DurabilityIT {

    private static final String ROOT_AK = "EMULATORROOTKEY00001";
    private static final String ROOT_SK = "EmulatorRootSecretKey0000000000000000000";

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesAKill9OfTheFileStore() throws Exception {
        survivesAKill9(List.of("--emulator.store.path=" + dir.resolve("iam")));
    }

    @Test
    @ExtendWith(PostgresAvailable.class)
    void everyAcknowledgedWriteSurvivesAKill9OfThePostgresStore() throws Exception {
        String schema = TestPostgres.freshSchema();
        try {
            List<String> store = TestPostgres.arguments(TestPostgres.properties(schema));
            store.add("--spring.profiles.active=postgres");
            survivesAKill9(store);
        } finally {
            TestPostgres.dropSchema(schema);
        }
    }

    /** Users and an access key acknowledged by one process are all there after it is killed and another starts. */
    private void survivesAKill9(List<String> store) throws Exception {
        int port = freePort();
        List<String> created = new ArrayList<>();
        String accessKey;
        String secretKey;
        Process first = launch(store, port);
        try {
            awaitUp(port);
            for (int i = 0; i < 20; i++) {
                created.add(root(port)
                        .body(Map.of("name", "durable-" + i, "enabled", true))
                        .post("/v5/users")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("user.user_id"));
            }
            Map<String, String> key = root(port)
                    .post("/v5/users/{id}/access-keys", created.get(0))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getMap("access_key");
            accessKey = key.get("access_key_id");
            secretKey = key.get("secret_access_key");
        } finally {
            first.destroyForcibly().waitFor();
        }

        Process second = launch(store, port);
        try {
            awaitUp(port);
            for (int i = 0; i < created.size(); i++) {
                root(port)
                        .get("/v5/users/{id}", created.get(i))
                        .then()
                        .statusCode(200)
                        .body("user.user_name", equalTo("durable-" + i));
            }
            // the key's secret was stored encrypted: it still signs, and the user is still its owner
            given().baseUri("http://127.0.0.1:" + port)
                    .filter(HuaweiSigningFilter.with(accessKey, secretKey))
                    .get("/v5/users/{id}/access-keys", created.get(0))
                    .then()
                    .statusCode(403)
                    .body("error_code", equalTo("PAP5.0001"));
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    @Test
    void aGracefulStopLetsAnInFlightRequestFinish() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(IamEmulatorApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off");
        EmulatorProperties properties = context.getBean(EmulatorProperties.class);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        given().baseUri("http://127.0.0.1:" + port)
                .contentType(ContentType.JSON)
                .body(Map.of("operation", "ListUsersV5", "effect", "latency", "latency_ms", 1500))
                .post("/_emulator/faults")
                .then()
                .statusCode(201);

        CompletableFuture<Integer> inFlight =
                CompletableFuture.supplyAsync(() -> given().baseUri("http://127.0.0.1:" + port)
                        .filter(HuaweiSigningFilter.with(
                                properties.root().accessKey(), properties.root().secretKey()))
                        .get("/v5/users")
                        .statusCode());
        Thread.sleep(500);
        Instant stopping = Instant.now();
        context.close();

        assertThat(inFlight.get()).isEqualTo(200);
        assertThat(Duration.between(stopping, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    private static RequestSpecification root(int port) {
        return given().baseUri("http://127.0.0.1:" + port)
                .contentType(ContentType.JSON)
                .filter(HuaweiSigningFilter.with(ROOT_AK, ROOT_SK));
    }

    private Process launch(List<String> store, int port) throws IOException {
        File jar;
        try (var jars = Files.list(Path.of("target"))) {
            jar = jars.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("build the executable jar first (mvn package)"))
                    .toFile();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.getAbsolutePath(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--emulator.demo-data=false"));
        command.addAll(store);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("emulator-" + port + ".log").toFile())
                .start();
    }

    private static void awaitUp(int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection connection =
                        (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/_emulator/health")
                                .toURL()
                                .openConnection();
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the emulator did not start on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
