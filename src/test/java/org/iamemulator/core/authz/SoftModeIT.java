package org.iamemulator.core.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.user.UserService;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/** {@code emulator.auth.mode=soft}: would-be denials are logged and allowed. */
@TestPropertySource(properties = "emulator.auth.mode=soft")
@ExtendWith(OutputCaptureExtension.class)
class SoftModeIT extends EmulatorIntegrationTest {

    @Autowired
    private UserService users;

    @Test
    void aUserWithoutPoliciesIsLetThroughAndTheDenialIsLogged(CapturedOutput output) {
        String name = uniqueName("soft");
        Caller caller = new Caller(properties.accountId(), givenUser(name, Map.of()), name, false);
        String target = givenUser(uniqueName("target"), Map.of());
        assertThatCode(() -> users.show(caller, target)).doesNotThrowAnyException();
        assertThat(output.getAll())
                .contains("WARN")
                .contains("Soft authorization: allowing iam:users:getUserV5 on " + "iam::" + properties.accountId()
                        + ":user:");
    }
}
