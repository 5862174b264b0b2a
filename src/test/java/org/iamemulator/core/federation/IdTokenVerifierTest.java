package org.iamemulator.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.support.IdTokens;
import org.junit.jupiter.api.Test;

class IdTokenVerifierTest {

    private static final String ISSUER = "https://idp.example.test";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final IdTokens RSA = IdTokens.rsa("rsa-1");
    private static final IdTokens EC = IdTokens.ec("ec-1");
    private static final JsonWebKeys KEYS = JsonWebKeys.parse(IdTokens.jwks(RSA, EC));

    @Test
    void acceptsRs256AndEs256TokensOfTheProvider() {
        assertThat(verify(RSA.sign(claims()))).satisfies(token -> {
            assertThat(token.subject()).isEqualTo("repo:org/app");
            assertThat(token.audience()).isEqualTo("client-a");
        });
        Map<String, Object> claims = claims();
        claims.put("aud", List.of("other", "client-b"));
        assertThat(verify(EC.sign(claims)).audience()).isEqualTo("client-b");
    }

    @Test
    void refusesATamperedSignatureOrPayload() {
        String token = RSA.sign(claims());
        String[] parts = token.split("\\.");
        Map<String, Object> other = claims();
        other.put("sub", "someone-else");
        String forged = IdTokens.rsa("rsa-1").sign(other).split("\\.")[1];
        assertRejected(parts[0] + "." + forged + "." + parts[2], "signature");
        assertRejected(
                parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA", "signature");
    }

    @Test
    void refusesAKeyTheProviderDoesNotHave() {
        assertRejected(IdTokens.rsa("rsa-1").sign(claims()), "signature");
        assertRejected(IdTokens.rsa("unknown").sign(claims()), "kid");
    }

    @Test
    void refusesUnsignedAndMalformedTokens() {
        String payload = RSA.sign(claims()).split("\\.")[1];
        String none = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertRejected(none + "." + payload + ".", "RS256");
        assertRejected("abc", "three");
        assertRejected("a.b.c", "header");
    }

    @Test
    void refusesAnotherIssuerOrAudience() {
        Map<String, Object> claims = claims();
        claims.put("iss", ISSUER + "/other");
        assertRejected(RSA.sign(claims), "iss");
        claims = claims();
        claims.put("aud", "client-z");
        assertRejected(RSA.sign(claims), "aud");
    }

    @Test
    void checksTheTimesWithASmallLeeway() {
        Map<String, Object> claims = claims();
        claims.put("exp", NOW.minusSeconds(59).getEpochSecond());
        verify(RSA.sign(claims));
        claims.put("exp", NOW.minusSeconds(61).getEpochSecond());
        assertRejected(RSA.sign(claims), "exp");
        claims = claims();
        claims.remove("exp");
        assertRejected(RSA.sign(claims), "exp");
        claims = claims();
        claims.put("nbf", NOW.plusSeconds(120).getEpochSecond());
        assertRejected(RSA.sign(claims), "nbf");
        claims = claims();
        claims.put("iat", NOW.plusSeconds(120).getEpochSecond());
        assertRejected(RSA.sign(claims), "iat");
    }

    @Test
    void refusesATokenWithoutSubject() {
        Map<String, Object> claims = claims();
        claims.remove("sub");
        assertRejected(RSA.sign(claims), "sub");
    }

    private static IdTokenVerifier.VerifiedIdToken verify(String token) {
        return IdTokenVerifier.verify(token, ISSUER, List.of("client-a", "client-b"), KEYS, NOW);
    }

    private static void assertRejected(String token, String reason) {
        assertThatThrownBy(() -> verify(token))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    InvalidInputException invalid = (InvalidInputException) e;
                    assertThat(invalid.field()).isEqualTo("id_token");
                    assertThat(invalid.rule()).contains(reason);
                });
    }

    private static Map<String, Object> claims() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", "repo:org/app");
        claims.put("aud", "client-a");
        claims.put("iat", NOW.minusSeconds(10).getEpochSecond());
        claims.put("nbf", NOW.minusSeconds(10).getEpochSecond());
        claims.put("exp", NOW.plusSeconds(600).getEpochSecond());
        return claims;
    }
}
