package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iamemulator.junit5.IamEmulator;
import org.iamemulator.junit5.IamEmulatorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@IamEmulatorTest
@Isolated
class InactiveUsersTest {

    private static final String ALICE = "a2518bb93d6f3182877d916651ee4f1b";
    private static final String BOB = "e08be540b0a93103979858155eac42fe";

    @Test
    void aRecordedLoginIsTheLastLogin(IamEmulator emulator) {
        Instant at = Instant.parse("2025-01-31T08:00:00.123Z");
        emulator.recordLogin(BOB, at, "192.0.2.1");

        assertEquals(
                at,
                emulator.iamClient()
                        .showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(BOB))
                        .getUserLastLogin()
                        .getLastLoginAt()
                        .toInstant());
    }

    @Test
    void usersWithoutARecentLoginAreInactive(IamEmulator emulator) {
        Instant now = Instant.now();
        InactiveUsers inactive = new InactiveUsers(emulator.iamClient());
        // alice logged in three days ago, bob and carol never
        assertEquals(List.of("bob", "carol"), inactive.namesInactiveFor(Duration.ofDays(30), now));

        emulator.recordLogin(BOB, now.minus(Duration.ofDays(1)), "192.0.2.2");
        emulator.recordLogin(ALICE, now.minus(Duration.ofDays(90)), "192.0.2.3");

        assertEquals(List.of("carol"), inactive.namesInactiveFor(Duration.ofDays(30), now));
    }
}
