package example;

import org.iamemulator.junit5.IamEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Runs at the same time as {@link TeamAlphaTest} on the same emulator, each in an account of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class TeamBetaTest {

    @RegisterExtension
    static final IamEmulatorExtension EMULATOR =
            IamEmulatorExtension.builder().resetBetweenTests(false).build();

    @DynamicPropertySource
    static void iam(DynamicPropertyRegistry registry) {
        EmulatorAccountProperties.newAccount(registry, EMULATOR);
    }

    @Autowired
    UserDirectory directory;

    @Test
    void seesOnlyTheUsersOfItsAccount() {
        TeamChecks.seesOnlyItsOwnUsers(directory, "beta", "alpha");
    }
}
