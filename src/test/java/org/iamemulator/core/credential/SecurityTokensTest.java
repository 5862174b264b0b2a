package org.iamemulator.core.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Security tokens open only as issued, under the master key that issued them, and stay within 4,096 bytes. */
class SecurityTokensTest {

    private static final SecurityTokens TOKENS = new SecurityTokens("master-key");
    private static final SecurityTokens.Claims CLAIMS = new SecurityTokens.Claims(
            "STSABCDEFGHIJKLMNOPQ", "0123456789abcdef0123456789abcdef", Instant.parse("2026-01-01T01:00:00Z"));

    @Test
    void anIssuedTokenOpensToItsClaims() {
        String token = TOKENS.issue(CLAIMS);

        assertThat(TOKENS.open(token)).contains(CLAIMS);
        assertThat(token.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
    }

    @Test
    void twoTokensForTheSameClaimsDiffer() {
        assertThat(TOKENS.issue(CLAIMS)).isNotEqualTo(TOKENS.issue(CLAIMS));
    }

    @Test
    void anyChangedCharacterMakesTheTokenFailToOpen() {
        String token = TOKENS.issue(CLAIMS);
        for (int i = 0; i < token.length(); i++) {
            char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
            String tampered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertThat(TOKENS.open(tampered)).as("changed at %d", i).isEmpty();
        }
    }

    @Test
    void aTokenOfAnotherMasterKeyDoesNotOpen() {
        assertThat(new SecurityTokens("another-key").open(TOKENS.issue(CLAIMS))).isEmpty();
    }

    @Test
    void garbageDoesNotOpen() {
        assertThat(TOKENS.open(null)).isEmpty();
        assertThat(TOKENS.open("")).isEmpty();
        assertThat(TOKENS.open("no-dot")).isEmpty();
        assertThat(TOKENS.open(".")).isEmpty();
        assertThat(TOKENS.open("%%%.%%%")).isEmpty();
    }
}
