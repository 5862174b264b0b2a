package org.iamemulator.core.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The security tokens of temporary credentials: opaque to clients, {@code <payload>.<mac>} in URL-safe base64, the
 * payload naming the access key, its account and its expiry (and a nonce), the MAC an HMAC-SHA256 under a key only
 * this emulator (or one with the same master key) has. A changed character makes the token fail to open. About 150
 * bytes, well under the real service's 4,096.
 */
final class SecurityTokens {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an opened token says. */
    record Claims(String accessKeyId, String accountId, Instant expiresAt) {}

    private final SecretKeySpec key;

    /** {@code masterKey}: the emulator's secret; the MAC key is derived from it for this use only. */
    SecurityTokens(String masterKey) {
        this(masterKey, "security-token");
    }

    /**
     * Tokens for another use ({@code use}), under a MAC key of their own: a token of one use never opens as one of
     * another.
     */
    SecurityTokens(String masterKey, String use) {
        try {
            this.key = new SecretKeySpec(
                    MessageDigest.getInstance("SHA-256")
                            .digest(("iam-emulator/" + use + "/" + masterKey).getBytes(StandardCharsets.UTF_8)),
                    "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    String issue(Claims claims) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = ENCODER.encodeToString(String.join(
                        "|",
                        VERSION,
                        claims.accessKeyId(),
                        claims.accountId(),
                        Long.toString(claims.expiresAt().toEpochMilli()),
                        ENCODER.encodeToString(nonce))
                .getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** The claims of a token this emulator issued; empty for anything else (malformed, altered, forged). */
    Optional<Claims> open(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            // compared as text: base64 has spare bits, so two texts can decode to the same MAC
            if (!MessageDigest.isEqual(
                    ENCODER.encodeToString(mac(payload)).getBytes(StandardCharsets.US_ASCII),
                    token.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
                return Optional.empty();
            }
            String[] fields = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|", -1);
            if (fields.length != 5 || !VERSION.equals(fields[0])) {
                return Optional.empty();
            }
            return Optional.of(new Claims(fields[1], fields[2], Instant.ofEpochMilli(Long.parseLong(fields[3]))));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
