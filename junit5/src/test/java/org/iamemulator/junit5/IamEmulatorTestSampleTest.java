package org.iamemulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The README's sample: the official SDK against the shared emulator, a fresh state per test. */
@IamEmulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IamEmulatorTestSampleTest {

    private static final String ALICE = "a2518bb93d6f3182877d916651ee4f1b";

    @Test
    @Order(1)
    void readsADemoUserWithTheOfficialSdk(IamEmulator emulator) {
        IamClient iam = emulator.iamClient();

        assertThat(iam.showUserV5(new ShowUserV5Request().withUserId(ALICE))
                        .getUser()
                        .getUserName())
                .isEqualTo("alice");
        assertThat(emulator.endpoint()).isEqualTo("http://127.0.0.1:" + emulator.port());
        assertThat(emulator.accountId()).matches("[0-9a-f]{32}");
        assertThat(emulator.accountName()).isEqualTo("emulator");
    }

    @Test
    @Order(2)
    void recordsLoginsAtAnyTime(IamEmulator emulator) {
        emulator.recordLogin(ALICE, Instant.parse("2030-05-06T07:08:09.010Z"), "192.0.2.7");

        assertThat(emulator.iamClient()
                        .showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(ALICE))
                        .getUserLastLogin()
                        .getLastLoginAt())
                .isEqualTo(OffsetDateTime.of(2030, 5, 6, 7, 8, 9, 10_000_000, ZoneOffset.UTC));
    }

    @Test
    @Order(3)
    void createsAUser(IamEmulator emulator) {
        emulator.iamClient()
                .createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody().withName("temporary").withEnabled(true)));
    }

    @Test
    @Order(4)
    void startsEachTestFromTheSeedState(IamEmulator emulator) {
        // the login recorded and the user created by earlier tests are gone
        assertThat(emulator.iamClient()
                        .showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(ALICE))
                        .getUserLastLogin()
                        .getLastLoginAt())
                .isBefore(OffsetDateTime.now());
        ClientRequestException duplicate = catchThrowableOfType(
                ClientRequestException.class,
                () -> emulator.iamClient()
                        .createUserV5(new CreateUserV5Request()
                                .withBody(new CreateUserReqBody()
                                        .withName("alice")
                                        .withEnabled(true))));
        assertThat(duplicate.getHttpStatusCode()).isEqualTo(409);
        emulator.iamClient()
                .createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody().withName("temporary").withEnabled(true)));
    }
}
