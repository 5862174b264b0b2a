package org.iamemulator.core.credential;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;

/** Generates access key ids and secrets in the real service's shapes. */
final class KeyMaterial {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String MIXED_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Za-z0-9]{1,40}");

    private KeyMaterial() {}

    /** What temporary access key ids start with, and permanent ones never do. */
    static final String TEMPORARY_PREFIX = "STS";

    /** 20 upper-case letters and digits, not starting like a temporary key. */
    static String newAccessKeyId() {
        String id;
        do {
            id = random(UPPER_ALNUM, 20);
        } while (id.startsWith(TEMPORARY_PREFIX));
        return id;
    }

    /** {@value #TEMPORARY_PREFIX} and 17 upper-case letters and digits: the shape of a permanent key id. */
    static String newTemporaryAccessKeyId() {
        return TEMPORARY_PREFIX + random(UPPER_ALNUM, 20 - TEMPORARY_PREFIX.length());
    }

    /** 40 letters (both cases) and digits. */
    static String newSecretKey() {
        return random(MIXED_ALNUM, 40);
    }

    static void checkAccessKeyIdParameter(String accessKeyId) {
        if (accessKeyId == null || !ACCESS_KEY_ID.matcher(accessKeyId).matches()) {
            throw InvalidInputException.parameter("access_key_id", "1 to 40 letters or digits");
        }
    }

    private static String random(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
