package org.iamemulator.scale;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.iamemulator.IamEmulatorApplication;
import org.iamemulator.support.HuaweiSigningFilter;
import org.iamemulator.support.postgres.PostgresAvailable;
import org.iamemulator.support.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two emulators sharing one PostgreSQL store: whatever one of them changes, the other enforces within a second,
 * although both cache keys, users and effective policies.
 */
@ExtendWith(PostgresAvailable.class)
class SharedStoreIT {

    private static final String ROOT_AK = "EMULATORROOTKEY00001";
    private static final String ROOT_SK = "EmulatorRootSecretKey0000000000000000000";
    private static final Duration WITHIN = Duration.ofSeconds(1);

    private static String schema;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        schema = TestPostgres.freshSchema();
        a = start();
        b = start();
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    private static ConfigurableApplicationContext start() {
        List<String> args = TestPostgres.arguments(TestPostgres.properties(schema));
        args.add("--server.port=0");
        args.add("--server.address=127.0.0.1");
        return new SpringApplicationBuilder(IamEmulatorApplication.class)
                .profiles("postgres")
                .run(args.toArray(String[]::new));
    }

    @Test
    void aKeyCreatedOnOneInstanceSignsOnTheOther() {
        String userId = createUser(a);
        attach(a, createPolicy(a, allow("iam:users:getUserV5")), userId);
        Response key = root(a).post("/v5/users/{id}/access-keys", userId);
        assertThat(key.statusCode()).isEqualTo(201);

        RequestSpecification onB =
                as(b, key.path("access_key.access_key_id"), key.path("access_key.secret_access_key"));
        eventually(() -> onB.get("/v5/users/{id}", userId).statusCode(), 200);
    }

    @Test
    void aPolicyDetachedOnOneInstanceIsNoLongerHonouredByTheOther() {
        String userId = createUser(a);
        String policyId = createPolicy(a, allow("iam:users:getUserV5"));
        attach(a, policyId, userId);
        String[] key = createKey(a, userId);
        assertThat(as(b, key).get("/v5/users/{id}", userId).statusCode()).isEqualTo(200); // cached on B now

        root(a).body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/detach-user", policyId)
                .then()
                .statusCode(200);

        eventually(() -> as(b, key).get("/v5/users/{id}", userId).statusCode(), 403);
    }

    @Test
    void aUserDeletedOnOneInstanceIsGoneOnTheOther() {
        String userId = createUser(a);
        attach(a, createPolicy(a, allow("iam:users:getUserV5")), userId);
        String[] key = createKey(a, userId);
        assertThat(root(b).get("/v5/users/{id}", userId).statusCode()).isEqualTo(200);
        assertThat(as(b, key).get("/v5/users/{id}", userId).statusCode()).isEqualTo(200);

        root(a).delete("/v5/users/{id}", userId).then().statusCode(204);

        eventually(() -> root(b).get("/v5/users/{id}", userId).statusCode(), 404);
        eventually(() -> as(b, key).get("/v5/users/{id}", userId).statusCode(), 401); // its key went with it
    }

    @Test
    void aKeyDeactivatedOnOneInstanceIsRefusedByTheOther() {
        String userId = createUser(a);
        attach(a, createPolicy(a, allow("iam:users:getUserV5")), userId);
        String[] key = createKey(a, userId);
        assertThat(as(b, key).get("/v5/users/{id}", userId).statusCode()).isEqualTo(200);

        root(a).body(Map.of("status", "inactive"))
                .put("/v5/users/{u}/access-keys/{k}", userId, key[0])
                .then()
                .statusCode(200);

        eventually(() -> as(b, key).get("/v5/users/{id}", userId).statusCode(), 401);
    }

    @Test
    void aTagChangedOnOneInstanceDecidesConditionsOnTheOther() {
        String userId = createUser(a);
        String document =
                "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:users:getUserV5\"],"
                        + "\"Condition\":{\"StringEquals\":{\"g:PrincipalTag/team\":[\"dev\"]}}}]}";
        attach(a, createPolicy(a, document), userId);
        String[] key = createKey(a, userId);
        assertThat(as(b, key).get("/v5/users/{id}", userId).statusCode()).isEqualTo(403); // no tag yet, cached

        root(a).body("{\"tags\":[{\"tag_key\":\"team\",\"tag_value\":\"dev\"}]}")
                .post("/v5/user/{id}/tags/create", userId)
                .then()
                .statusCode(200);

        eventually(() -> as(b, key).get("/v5/users/{id}", userId).statusCode(), 200);
    }

    // ------------------------------------------------------------------ helpers

    /** Polls until the expected status, failing when it takes longer than a second. */
    private static void eventually(Supplier<Integer> status, int expected) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        int last;
        do {
            last = status.get();
            if (last == expected) {
                return;
            }
            sleep(25);
        } while (System.nanoTime() < deadline);
        assertThat(last).as("status on the other instance after %s", WITHIN).isEqualTo(expected);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String allow(String action) {
        return "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"" + action + "\"]}]}";
    }

    private static String createUser(ConfigurableApplicationContext instance) {
        return root(instance)
                .body(Map.of("name", "u-" + UUID.randomUUID().toString().substring(0, 8), "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(201)
                .extract()
                .path("user.user_id");
    }

    private static String createPolicy(ConfigurableApplicationContext instance, String document) {
        return root(instance)
                .body(Map.of(
                        "policy_name",
                        "p-" + UUID.randomUUID().toString().substring(0, 8),
                        "policy_document",
                        document))
                .post("/v5/policies")
                .then()
                .statusCode(201)
                .extract()
                .path("policy.policy_id");
    }

    private static void attach(ConfigurableApplicationContext instance, String policyId, String userId) {
        root(instance)
                .body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/attach-user", policyId)
                .then()
                .statusCode(200);
    }

    private static String[] createKey(ConfigurableApplicationContext instance, String userId) {
        Response key = root(instance).post("/v5/users/{id}/access-keys", userId);
        assertThat(key.statusCode()).isEqualTo(201);
        return new String[] {key.path("access_key.access_key_id"), key.path("access_key.secret_access_key")};
    }

    private static RequestSpecification root(ConfigurableApplicationContext instance) {
        return as(instance, ROOT_AK, ROOT_SK);
    }

    private static RequestSpecification as(ConfigurableApplicationContext instance, String[] key) {
        return as(instance, key[0], key[1]);
    }

    private static RequestSpecification as(ConfigurableApplicationContext instance, String ak, String sk) {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return given().baseUri("http://127.0.0.1:" + port)
                .contentType(ContentType.JSON)
                .filter(HuaweiSigningFilter.with(ak, sk));
    }
}
