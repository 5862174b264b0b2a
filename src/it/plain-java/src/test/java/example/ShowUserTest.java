package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Response;
import org.iamemulator.junit5.IamEmulator;
import org.iamemulator.junit5.IamEmulatorTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@IamEmulatorTest
@Isolated
class ShowUserTest {

    private static final String ALICE = "a2518bb93d6f3182877d916651ee4f1b";

    @Test
    void showsADemoUser(IamEmulator emulator) {
        ShowUserV5Response alice = emulator.iamClient().showUserV5(new ShowUserV5Request().withUserId(ALICE));

        assertEquals("alice", alice.getUser().getUserName());
        assertEquals(
                "iam::" + emulator.accountId() + ":user:alice", alice.getUser().getUrn());
    }

    @Test
    void showsAUserItCreated(IamEmulator emulator) {
        String id = emulator.iamClient()
                .createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody()
                                .withName("dave")
                                .withDescription("QA")
                                .withEnabled(true)))
                .getUser()
                .getUserId();

        ShowUserV5Response dave = emulator.iamClient().showUserV5(new ShowUserV5Request().withUserId(id));
        assertEquals("QA", dave.getUser().getDescription());
        assertTrue(dave.getUser().getEnabled());
    }
}
