package org.iamemulator.core.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP against the RFC 6238 test vectors, base32 against RFC 4648's, and the drift the emulator accepts. */
class TotpTest {

    /** RFC 6238 Appendix B: the SHA1 seed is the ASCII string "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    private static final String RFC_SEED_BASE32 = Base32.encode(RFC_SEED);

    /** The RFC lists 8-digit codes; the 6-digit code of the same step is their last six digits. */
    @ParameterizedTest
    @CsvSource({
        "59,          94287082",
        "1111111109,  07081804",
        "1111111111,  14050471",
        "1234567890,  89005924",
        "2000000000,  69279037",
        "20000000000, 65353130"
    })
    void codesAreThoseOfRfc6238(long epochSecond, String rfcCode) {
        assertThat(Totp.code(RFC_SEED, epochSecond / 30)).isEqualTo(rfcCode.substring(2));
        assertThat(at(epochSecond).matchesNow(RFC_SEED_BASE32, rfcCode.substring(2)))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            value = {
                "'',     ''",
                "f,      MY======",
                "fo,     MZXQ====",
                "foo,    MZXW6===",
                "foob,   MZXW6YQ=",
                "fooba,  MZXW6YTB",
                "foobar, MZXW6YTBOI======"
            })
    void base32IsThatOfRfc4648(String text, String base32) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
        assertThat(Base32.decode(base32)).isEqualTo(text.getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(base32.toLowerCase().replace("=", "")))
                .isEqualTo(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void base32RefusesOtherCharacters() {
        assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewSeedIsTwentyRandomBytesInBase32() {
        String seed = Totp.newSeed();

        assertThat(seed).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Base32.decode(seed)).hasSize(20);
        assertThat(Totp.newSeed()).isNotEqualTo(seed);
    }

    @Test
    void aCodeIsAcceptedOneStepEarlyOrLateButNotTwo() {
        long step = 1234567890L / 30;
        Totp totp = at(step * 30 + 10);

        assertThat(totp.matchesNow(RFC_SEED_BASE32, Totp.code(RFC_SEED, step - 1)))
                .isTrue();
        assertThat(totp.matchesNow(RFC_SEED_BASE32, Totp.code(RFC_SEED, step + 1)))
                .isTrue();
        assertThat(totp.matchesNow(RFC_SEED_BASE32, Totp.code(RFC_SEED, step - 2)))
                .isFalse();
        assertThat(totp.matchesNow(RFC_SEED_BASE32, Totp.code(RFC_SEED, step + 2)))
                .isFalse();
        assertThat(totp.matchesNow(RFC_SEED_BASE32, null)).isFalse();
    }

    @Test
    void twoConsecutiveCodesAreThePreviousAndCurrentStepsWithOneStepOfDrift() {
        long step = 1234567890L / 30;
        Totp totp = at(step * 30 + 10);

        assertThat(totp.consecutiveNow(RFC_SEED_BASE32, code(step - 1), code(step)))
                .isTrue();
        assertThat(totp.consecutiveNow(RFC_SEED_BASE32, code(step - 2), code(step - 1)))
                .isTrue();
        assertThat(totp.consecutiveNow(RFC_SEED_BASE32, code(step), code(step + 1)))
                .isTrue();
        assertThat(totp.consecutiveNow(RFC_SEED_BASE32, code(step - 3), code(step - 2)))
                .isFalse();
        assertThat(totp.consecutiveNow(RFC_SEED_BASE32, code(step), code(step - 1)))
                .as("reversed")
                .isFalse();
        assertThat(totp.consecutiveNow(RFC_SEED_BASE32, code(step), code(step)))
                .as("the same code twice")
                .isFalse();
        assertThat(totp.consecutiveNow(RFC_SEED_BASE32, code(step - 1), code(step + 1)))
                .as("a gap")
                .isFalse();
    }

    private static String code(long step) {
        return Totp.code(RFC_SEED, step);
    }

    private static Totp at(long epochSecond) {
        return new Totp(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }
}
