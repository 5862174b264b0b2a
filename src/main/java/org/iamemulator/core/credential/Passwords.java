package org.iamemulator.core.credential;

import org.iamemulator.core.error.InvalidInputException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/** Password rules and hashing: passwords are kept only as bcrypt hashes. */
@Component
class Passwords {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 32;

    /**
     * bcrypt's lowest cost (2^4 rounds): the passwords of an emulator are test fixtures, and the default cost (2^10)
     * made every hash about 0.1 s of CPU (the seed's root password at start-up, each user created with a password).
     * Hashes of any cost, such as those a file or PostgreSQL store kept, still match.
     */
    private static final int BCRYPT_COST = 4;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(BCRYPT_COST);

    String hash(String field, String password) {
        check(field, password);
        return encoder.encode(password);
    }

    /** The bounds every password keeps, whatever the account's password policy says. */
    void check(String field, String password) {
        if (password == null) {
            throw InvalidInputException.missingField(field);
        }
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            // the value itself is never echoed back
            throw InvalidInputException.field(field, "******", MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
    }

    boolean matches(String password, String hash) {
        return password != null && encoder.matches(password, hash);
    }
}
