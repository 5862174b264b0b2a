package org.iamemulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension registered programmatically, with a seed file of the test class path and extra properties. */
class RegisteredExtensionTest {

    @RegisterExtension
    static final IamEmulatorExtension EMULATOR = IamEmulatorExtension.builder()
            .seed("classpath:team-seed.yaml")
            .property("emulator.account-name", "acme")
            .build();

    @Test
    void servesTheSeedToAnIamUserWithItsOwnKey() {
        IamEmulator emulator = EMULATOR.emulator();

        var user = emulator.iamClient("TEAMREADERKEY0000001", "TeamReaderSecret000000000000000000000000")
                .showUserV5(new ShowUserV5Request().withUserId("55555555555555555555555555555555"))
                .getUser();

        assertThat(user.getUserName()).isEqualTo("dev-1");
        assertThat(user.getUrn()).isEqualTo("iam::" + emulator.accountId() + ":user:dev-1");
        assertThat(emulator.accountName()).isEqualTo("acme");
    }
}
