package org.iamemulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of injected fault, as the official SDK experiences it. */
class FaultInjectionIT extends EmulatorIntegrationTest {

    private IamClient iam;
    private String userId;

    @BeforeEach
    void client() {
        iam = HuaweiSdk.iamClient(
                baseUri, properties.root().accessKey(), properties.root().secretKey(), properties.accountId());
        userId = givenUser(uniqueName("faulty"), Map.of());
    }

    @AfterEach
    void noFaults() {
        control().delete("/_emulator/faults").then().statusCode(204);
    }

    @Test
    void throttlingSurfacesAsTheSdksExceptionWithIam0012() {
        addFault(Map.of("operation", "ShowUserV5", "effect", "throttle", "count", 1));

        ClientRequestException throttled = catchThrowableOfType(
                ClientRequestException.class, () -> iam.showUserV5(new ShowUserV5Request().withUserId(userId)));

        assertThat(throttled.getHttpStatusCode()).isEqualTo(429);
        assertThat(throttled.getErrorCode()).isEqualTo("IAM.0012");
        assertThat(throttled.getErrorMsg()).startsWith("The throttling threshold has been reached.");
        assertThat(throttled.getRequestId()).matches("[0-9a-f]{32}");
        // count 1: the next call goes through
        assertThat(iam.showUserV5(new ShowUserV5Request().withUserId(userId)).getHttpStatusCode())
                .isEqualTo(200);
    }

    @Test
    void serverErrorsCarryAnIamBody() {
        addFault(Map.of("path", "/v5/users/.*/last-login", "effect", "error", "status", 503));

        ServerResponseException error = catchThrowableOfType(
                ServerResponseException.class,
                () -> iam.showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(userId)));

        assertThat(error.getHttpStatusCode()).isEqualTo(503);
        assertThat(error.getErrorCode()).isEqualTo("IAM.0006");
        assertThat(iam.showUserV5(new ShowUserV5Request().withUserId(userId)).getHttpStatusCode())
                .isEqualTo(200);
    }

    @Test
    void latencyIsMeasurable() {
        long before = System.nanoTime();
        iam.showUserV5(new ShowUserV5Request().withUserId(userId));
        long plain = (System.nanoTime() - before) / 1_000_000;
        addFault(Map.of("operation", "ShowUserV5", "effect", "latency", "latency_ms", 700));

        long start = System.nanoTime();
        iam.showUserV5(new ShowUserV5Request().withUserId(userId));
        long delayed = (System.nanoTime() - start) / 1_000_000;

        assertThat(delayed).isGreaterThanOrEqualTo(700).isGreaterThan(plain);
    }

    @Test
    void aResetConnectionFailsTheCall() {
        addFault(Map.of("operation", "ShowUserV5", "effect", "reset", "count", 1));

        Throwable failure = catchThrowable(() -> iam.showUserV5(new ShowUserV5Request().withUserId(userId)));

        assertThat(failure).isNotNull().isNotInstanceOf(ServiceResponseException.class);
    }

    @Test
    void faultsMatchOnlyTheirPrincipalAndRespectProbability() {
        addFault(Map.of("principal", "someone-else", "effect", "throttle"));
        addFault(Map.of("operation", "ShowUserV5", "effect", "error", "probability", 0.0));

        assertThat(iam.showUserV5(new ShowUserV5Request().withUserId(userId)).getHttpStatusCode())
                .isEqualTo(200);
        control().get("/_emulator/faults").then().body("faults.times_applied", equalTo(List.of(0, 0)));
    }

    @Test
    void rulesAreListedAppliedCountedAndRemovable() {
        String id = addFault(
                Map.of("operation", "ShowUserV5", "effect", "throttle", "principal", properties.accountName()));
        catchThrowable(() -> iam.showUserV5(new ShowUserV5Request().withUserId(userId)));

        control()
                .get("/_emulator/faults")
                .then()
                .body("faults[0].id", equalTo(id))
                .body("faults[0].times_applied", equalTo(1));
        control().delete("/_emulator/faults/{id}", id).then().statusCode(204);
        control().delete("/_emulator/faults/{id}", id).then().statusCode(404);
        assertThat(iam.showUserV5(new ShowUserV5Request().withUserId(userId)).getHttpStatusCode())
                .isEqualTo(200);
    }

    @Test
    void invalidRulesAreRefused() {
        control()
                .body(Map.of("effect", "explode"))
                .post("/_emulator/faults")
                .then()
                .statusCode(400);
        control()
                .body(Map.of("effect", "latency"))
                .post("/_emulator/faults")
                .then()
                .statusCode(400);
        control()
                .body(Map.of("effect", "error", "status", 200))
                .post("/_emulator/faults")
                .then()
                .statusCode(400);
        control()
                .body(Map.of("effect", "throttle", "path", "(["))
                .post("/_emulator/faults")
                .then()
                .statusCode(400);
    }

    private String addFault(Map<String, Object> rule) {
        return control()
                .body(rule)
                .post("/_emulator/faults")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
