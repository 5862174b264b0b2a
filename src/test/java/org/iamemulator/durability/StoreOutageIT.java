package org.iamemulator.durability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.ims20190815.models.GetLoginProfileRequest;
import com.aliyun.tea.TeaException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Request;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.iamemulator.IamEmulatorApplication;
import org.iamemulator.support.AliyunSdk;
import org.iamemulator.support.AwsSdk;
import org.iamemulator.support.HuaweiSdk;
import org.iamemulator.support.HuaweiSigningFilter;
import org.iamemulator.support.RestoreLogLevels;
import org.iamemulator.support.postgres.PostgresAvailable;
import org.iamemulator.support.postgres.TcpProxy;
import org.iamemulator.support.postgres.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.iam.model.IamException;

/**
 * PostgreSQL goes away under load and comes back (a relay between the emulator and the server is cut and restored):
 * meanwhile requests that need the store fail fast with each dialect's 503, never a 500; afterwards they succeed
 * again without restarting the emulator, and every write that was acknowledged is there.
 */
@ExtendWith({PostgresAvailable.class, RestoreLogLevels.class})
class StoreOutageIT {

    private static final String ROOT_AK = "EMULATORROOTKEY00001";
    private static final String ROOT_SK = "EmulatorRootSecretKey0000000000000000000";
    private static final String ACCOUNT_ID = "e2a7c4b8d1f0496a8b3c5d7e9f1a2b4c";
    /** The pool waits 2 s for a connection while the store is down; the rest is slack for a loaded machine. */
    private static final Duration FAST = Duration.ofSeconds(6);

    private static String schema;
    private static TcpProxy proxy;
    private static ConfigurableApplicationContext app;
    private static String baseUri;

    @BeforeAll
    static void anEmulatorReachingPostgresThroughARelay() throws Exception {
        schema = TestPostgres.freshSchema();
        proxy = TcpProxy.toTestPostgres().start();
        Map<String, Object> properties = new HashMap<>(TestPostgres.properties(schema));
        properties.put("spring.datasource.url", proxy.jdbcUrl((String) properties.get("spring.datasource.url")));
        List<String> args = TestPostgres.arguments(properties);
        args.add("--server.port=0");
        args.add("--server.address=127.0.0.1");
        // what the outage is expected to make the store's clients say, for every failing request
        args.add("--logging.level.org.hibernate.orm.jdbc.error=OFF");
        args.add("--logging.level.org.hibernate.orm.session=OFF");
        args.add("--logging.level.org.springframework.transaction=OFF");
        args.add("--logging.level.com.zaxxer.hikari=ERROR");
        args.add("--logging.level.org.iamemulator.core.cache.PostgresChangeChannel=ERROR");
        app = new SpringApplicationBuilder(IamEmulatorApplication.class)
                .profiles("postgres")
                .run(args.toArray(String[]::new));
        baseUri = "http://127.0.0.1:"
                + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        if (proxy != null) {
            proxy.restore();
        }
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Test
    void requestsFailFastWith503WhileTheStoreIsDownAndSucceedAgainWithoutARestart() throws Exception {
        String userName = "outage-user";
        String userId = root().contentType(ContentType.JSON)
                .body(Map.of("name", userName, "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(201)
                .extract()
                .path("user.user_id");
        root().contentType(ContentType.JSON)
                .body(Map.of("password", "Passw0rd-Outage", "password_reset_required", false))
                .post("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(201);

        Load load = new Load(4);
        Thread.sleep(1000);
        proxy.cut();
        try {
            Thread.sleep(1500);
            assertFastRefusal(
                    () -> root().contentType(ContentType.JSON)
                            .body(Map.of("name", "during-outage", "enabled", true))
                            .post("/v5/users"),
                    503,
                    "IAM.0006");
            assertFastRefusal(() -> root().get("/v5/users"), 503, "IAM.0006");

            ServerResponseException sdk = catchThrowableOfType(
                    ServerResponseException.class,
                    () -> HuaweiSdk.iamClient(baseUri, ROOT_AK, ROOT_SK, ACCOUNT_ID)
                            .listUsersV5(new ListUsersV5Request()));
            assertThat(sdk.getHttpStatusCode()).isEqualTo(503);
            assertThat(sdk.getErrorCode()).isEqualTo("IAM.0006");
            assertThat(sdk.getRequestId()).hasSize(32);

            TeaException aliyun = catchThrowableOfType(
                    TeaException.class,
                    () -> AliyunSdk.ims(baseUri.substring(7), ROOT_AK, ROOT_SK)
                            .getLoginProfile(new GetLoginProfileRequest()
                                    .setUserPrincipalName(userName + "@emulator.onaliyun.com")));
            assertThat(aliyun.getCode()).isEqualTo("ServiceUnavailable");
            assertThat(aliyun.getMessage()).contains("temporary failure");

            IamException aws = catchThrowableOfType(
                    IamException.class,
                    () -> AwsSdk.iamWithoutRetries(baseUri, ROOT_AK, ROOT_SK).getUser(b -> b.userName(userName)));
            assertThat(aws.statusCode()).isEqualTo(503);
            assertThat(aws.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailable");
        } finally {
            proxy.restore();
        }

        long restored = System.nanoTime();
        long deadline = restored + TimeUnit.SECONDS.toNanos(20);
        int status = 0;
        while (System.nanoTime() < deadline && status != 201) {
            status = root().contentType(ContentType.JSON)
                    .body(Map.of("name", "after-outage", "enabled", true))
                    .post("/v5/users")
                    .statusCode();
            Thread.sleep(200);
        }
        assertThat(status).as("a write after the store is back").isEqualTo(201);
        long backAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restored);
        load.stop();
        System.out.printf(
                "store outage: %d answers, %d refused with 503 while down, %d users acknowledged, "
                        + "slowest %d ms, back after %d ms%n",
                load.sequence.get(), load.refused.get(), load.acknowledged.size(), load.slowest.get(), backAfter);

        assertThat(load.unexpected)
                .as("answers other than 200, 201 and 503 IAM.0006 with a request id")
                .isEmpty();
        assertThat(load.slowest.get()).as("slowest answer in ms").isLessThan(FAST.toMillis());
        assertThat(load.refused.get())
                .as("requests refused while the store was down")
                .isPositive();
        assertThat(load.acknowledged).as("users created under load").isNotEmpty();
        for (String created : load.acknowledged) {
            root().get("/v5/users/{id}", created).then().statusCode(200);
        }
        assertThat(AwsSdk.iamWithoutRetries(baseUri, ROOT_AK, ROOT_SK)
                        .getUser(b -> b.userName(userName))
                        .user()
                        .userId())
                .isEqualTo(userId);
    }

    private static void assertFastRefusal(Supplier<Response> request, int status, String code) {
        long start = System.nanoTime();
        Response response = request.get();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.<String>path("error_code")).isEqualTo(code);
        assertThat(response.<String>path("request_id")).isEqualTo(response.header("X-Request-Id"));
        assertThat(millis).as("answered in ms").isLessThan(FAST.toMillis());
    }

    /** Clients creating and listing users in a loop, recording what was acknowledged and anything unexpected. */
    private static final class Load {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService clients;
        private final AtomicInteger sequence = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicLong slowest = new AtomicLong();
        private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();

        Load(int clientCount) {
            clients = Executors.newFixedThreadPool(clientCount);
            for (int i = 0; i < clientCount; i++) {
                clients.submit(this::loop);
            }
        }

        private void loop() {
            while (running.get()) {
                int n = sequence.incrementAndGet();
                boolean write = n % 2 == 0;
                long start = System.nanoTime();
                Response response = write
                        ? root().contentType(ContentType.JSON)
                                .body(Map.of("name", "load-" + n, "enabled", true))
                                .post("/v5/users")
                        : root().get("/v5/users");
                slowest.accumulateAndGet(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), Math::max);
                int status = response.statusCode();
                if (status == 201 && write) {
                    acknowledged.add(response.path("user.user_id"));
                } else if (status == 503
                        && "IAM.0006".equals(response.path("error_code"))
                        && response.header("X-Request-Id") != null) {
                    refused.incrementAndGet();
                } else if (!Set.of(200, 201).contains(status)) {
                    unexpected.add(status + " " + response.asString());
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS))
                    .as("load clients finished")
                    .isTrue();
        }
    }

    private static RequestSpecification root() {
        return given().baseUri(baseUri).filter(HuaweiSigningFilter.with(ROOT_AK, ROOT_SK));
    }
}
