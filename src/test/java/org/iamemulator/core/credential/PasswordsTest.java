package org.iamemulator.core.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidInputException.Source;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordsTest {

    private final Passwords passwords = new Passwords();

    @Test
    void aPasswordIs8To32CharactersAndIsKeptOnlyAsABcryptHash() {
        for (String password : new String[] {"Passw0rd", "P".repeat(32)}) {
            String hash = passwords.hash("password", password);

            assertThat(hash).startsWith("$2").doesNotContain(password);
            assertThat(passwords.matches(password, hash)).isTrue();
            assertThat(passwords.matches(password + "x", hash)).isFalse();
        }
    }

    @Test
    void aHashOfTheDefaultCostStillMatches() {
        String kept = new BCryptPasswordEncoder().encode("Passw0rd"); // what earlier versions stored

        assertThat(passwords.hash("password", "Passw0rd")).startsWith("$2a$04$");
        assertThat(passwords.matches("Passw0rd", kept)).isTrue();
        assertThat(passwords.matches("Passw0rdx", kept)).isFalse();
    }

    @Test
    void shorterOrLongerPasswordsAreRefusedWithoutEchoingThem() {
        for (String password : new String[] {"Short7!", "P".repeat(33)}) {
            assertThatThrownBy(() -> passwords.hash("new_password", password))
                    .as("%d characters", password.length())
                    .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                        assertThat(error.field()).isEqualTo("new_password");
                        assertThat(error.value()).isEqualTo("******");
                        assertThat(error.rule()).isEqualTo("8 to 32 characters");
                        assertThat(error.getMessage()).doesNotContain(password);
                    });
        }
    }

    @Test
    void aMissingPasswordIsAMissingFieldAndMatchesNothing() {
        assertThatThrownBy(() -> passwords.hash("password", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.source()).isEqualTo(Source.MISSING_BODY_FIELD));
        assertThat(passwords.matches(null, passwords.hash("password", "Passw0rd")))
                .isFalse();
    }
}
