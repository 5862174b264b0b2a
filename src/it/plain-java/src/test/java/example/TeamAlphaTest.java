package example;

import org.iamemulator.junit5.IamEmulator;
import org.iamemulator.junit5.IamEmulatorTest;
import org.junit.jupiter.api.Test;

/** Runs at the same time as {@link TeamBetaTest}, on the same emulator, without a reset. */
@IamEmulatorTest(resetBetweenTests = false)
class TeamAlphaTest {

    @Test
    void worksInAnAccountOfItsOwn(IamEmulator emulator) {
        TeamAccount.createdUsersAreAloneInTheirAccount(emulator, "alpha", "beta");
    }
}
