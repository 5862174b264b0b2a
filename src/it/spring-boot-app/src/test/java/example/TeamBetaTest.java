package example;

import static org.assertj.core.api.Assertions.assertThat;

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
    static final IamEmulatorExtension EMULATOR = IamEmulatorExtension.builder().resetBetweenTests(false).build();

    @DynamicPropertySource
    static void iam(DynamicPropertyRegistry registry) {
        EmulatorAccountProperties.newAccount(registry, EMULATOR);
    }

    @Autowired
    UserDirectory directory;

    @Test
    void seesOnlyTheUsersOfItsAccount() {
        String id = directory.create("beta-1");
        directory.create("beta-2");

        assertThat(directory.names()).contains("beta-1", "beta-2").noneMatch(name -> name.startsWith("alpha-"));
        assertThat(directory.lastLogin(id)).isNull();
    }
}
