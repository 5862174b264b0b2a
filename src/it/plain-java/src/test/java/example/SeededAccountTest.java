package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import org.iamemulator.junit5.IamEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;

/** Another configuration, so another emulator: a seed file of this project and an account name. */
@Isolated
class SeededAccountTest {

    @RegisterExtension
    static final IamEmulatorExtension EMULATOR = IamEmulatorExtension.builder()
            .seed("classpath:team-seed.yaml")
            .property("emulator.account-name", "plain")
            .build();

    @Test
    void anIamUserOfTheSeedReadsWithItsOwnKey() {
        var user = EMULATOR.emulator()
                .iamClient("TEAMREADERKEY0000001", "TeamReaderSecret000000000000000000000000")
                .showUserV5(new ShowUserV5Request().withUserId("55555555555555555555555555555555"))
                .getUser();

        assertEquals("iam::" + EMULATOR.emulator().accountId() + ":user:dev-1", user.getUrn());
        assertEquals("plain", EMULATOR.emulator().accountName());
    }
}
