package example;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import java.time.OffsetDateTime;
import org.iamemulator.junit5.IamEmulator;
import org.iamemulator.junit5.IamEmulatorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** The SDK straight at the emulator, no Spring context. */
@IamEmulatorTest
@Isolated
class ShowUserTest {

    private static final String ALICE = "a2518bb93d6f3182877d916651ee4f1b";

    @Test
    void showsADemoUserAndItsLastLogin(IamEmulator emulator) {
        var alice = emulator.iamClient()
                .showUserV5(new ShowUserV5Request().withUserId(ALICE))
                .getUser();

        assertThat(alice.getUserName()).isEqualTo("alice");
        assertThat(alice.getUrn()).isEqualTo("iam::" + emulator.accountId() + ":user:alice");
        assertThat(emulator.iamClient()
                        .showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(ALICE))
                        .getUserLastLogin()
                        .getLastLoginAt())
                .isBefore(OffsetDateTime.now());
    }
}
