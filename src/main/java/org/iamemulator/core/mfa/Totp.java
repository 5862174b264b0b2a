package org.iamemulator.core.mfa;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as virtual MFA apps compute them (RFC 6238 with the defaults every app uses):
 * HMAC-SHA1 over the number of 30-second steps since the Unix epoch, 6 digits, and a seed of 20 random bytes given
 * to the user in base32.
 */
public final class Totp {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;
    private static final int MODULUS = 1_000_000; // 10^DIGITS
    static final int SEED_BYTES = 20;
    /** How many steps a code may be away from the current one: a phone's clock is rarely exact. */
    static final int DRIFT_STEPS = 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public Totp(Clock clock) {
        this.clock = clock;
    }

    /** A new random seed, in base32. */
    static String newSeed() {
        byte[] seed = new byte[SEED_BYTES];
        RANDOM.nextBytes(seed);
        return Base32.encode(seed);
    }

    /** The step the clock is in now. */
    long currentStep() {
        return Math.floorDiv(clock.millis(), STEP_SECONDS * 1000L);
    }

    /** Whether {@code code} is the code of the current step or of a step at most {@link #DRIFT_STEPS} away. */
    boolean matchesNow(String base32Seed, String code) {
        byte[] key = Base32.decode(base32Seed);
        long now = currentStep();
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if (same(code(key, step), code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the two codes are those of two consecutive steps, as an app shows them one after the other: usually
     * the previous step's and the current one's, or one step earlier or later to allow for drift.
     */
    boolean consecutiveNow(String base32Seed, String first, String second) {
        byte[] key = Base32.decode(base32Seed);
        long now = currentStep();
        for (long step = now - 1 - DRIFT_STEPS; step <= now - 1 + DRIFT_STEPS; step++) {
            if (same(code(key, step), first) && same(code(key, step + 1), second)) {
                return true;
            }
        }
        return false;
    }

    /** The code of one step (RFC 4226 HOTP with the step as the counter, dynamic truncation). */
    static String code(byte[] key, long step) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%0" + DIGITS + "d", binary % MODULUS);
    }

    /** Compares in constant time, so that response times do not tell how much of a code was right. */
    private static boolean same(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
