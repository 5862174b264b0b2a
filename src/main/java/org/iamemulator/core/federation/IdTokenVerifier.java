package org.iamemulator.core.federation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.error.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies an OIDC ID token (a signed JWT, RFC 7519) against a registered provider: the signature with the
 * provider's key named by {@code kid} (RS256/384/512, ES256/384/512), {@code iss} equal to the provider's URL,
 * {@code aud} naming one of its client ids, and {@code exp}, {@code nbf} and {@code iat} against the clock with
 * {@link #LEEWAY}. Every refusal is 400 on the field {@code id_token} with the reason (docs/identity.md).
 */
public final class IdTokenVerifier {

    /** Clock difference tolerated between the IdP and the emulator. */
    public static final Duration LEEWAY = Duration.ofSeconds(60);

    private static final String FIELD = "id_token";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256",
            "SHA256withRSA",
            "RS384",
            "SHA384withRSA",
            "RS512",
            "SHA512withRSA",
            "ES256",
            "SHA256withECDSAinP1363Format",
            "ES384",
            "SHA384withECDSAinP1363Format",
            "ES512",
            "SHA512withECDSAinP1363Format");

    /** What a verified token proves: who ({@code sub}) for which client ({@code aud}), and all its claims. */
    public record VerifiedIdToken(String subject, String audience, JsonNode claims) {}

    private IdTokenVerifier() {}

    public static VerifiedIdToken verify(
            String token, String issuer, List<String> clientIds, JsonWebKeys keys, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw rejected("a JWT of three base64url parts");
        }
        JsonNode header = json(parts[0], "header");
        String algorithm = text(header, "alg");
        if (algorithm == null || !ALGORITHMS.containsKey(algorithm)) {
            throw rejected("a token signed with RS256, RS384, RS512, ES256, ES384 or ES512");
        }
        String keyType = algorithm.startsWith("RS") ? "RSA" : "EC";
        JsonWebKeys.Key key = keys.find(text(header, "kid"), keyType)
                .orElseThrow(() -> rejected("a token signed with a key of the provider's JWKS (kid)"));
        if (!signatureMatches(ALGORITHMS.get(algorithm), key, parts)) {
            throw rejected("a token whose signature verifies with the provider's key");
        }
        JsonNode claims = json(parts[1], "payload");
        if (!issuer.equals(text(claims, "iss"))) {
            throw rejected("a token issued (iss) by the provider's URL " + issuer);
        }
        String audience = audiences(claims).stream()
                .filter(clientIds::contains)
                .findFirst()
                .orElseThrow(() -> rejected("a token whose audience (aud) is a client id of the provider"));
        checkTimes(claims, now);
        String subject = text(claims, "sub");
        if (subject == null || subject.isEmpty()) {
            throw rejected("a token with a subject (sub)");
        }
        return new VerifiedIdToken(subject, audience, claims);
    }

    private static void checkTimes(JsonNode claims, Instant now) {
        JsonNode expiry = claims.get("exp");
        if (expiry == null || !expiry.isNumber()) {
            throw rejected("a token with an expiry (exp)");
        }
        if (now.minus(LEEWAY).isAfter(Instant.ofEpochSecond(expiry.asLong()))) {
            throw rejected("a token that has not expired (exp)");
        }
        JsonNode notBefore = claims.get("nbf");
        if (notBefore != null && now.plus(LEEWAY).isBefore(Instant.ofEpochSecond(notBefore.asLong()))) {
            throw rejected("a token that is already valid (nbf)");
        }
        JsonNode issuedAt = claims.get("iat");
        if (issuedAt != null && now.plus(LEEWAY).isBefore(Instant.ofEpochSecond(issuedAt.asLong()))) {
            throw rejected("a token not issued in the future (iat)");
        }
    }

    private static boolean signatureMatches(String algorithm, JsonWebKeys.Key key, String[] parts) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(key.publicKey());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode audience = claims.get("aud");
        List<String> audiences = new ArrayList<>();
        if (audience != null && audience.isString()) {
            audiences.add(audience.asString());
        } else if (audience != null && audience.isArray()) {
            audience.forEach(item -> audiences.add(item.asString()));
        }
        return audiences;
    }

    private static JsonNode json(String part, String what) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(part));
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IllegalArgumentException | JacksonException e) {
            // answered below
        }
        throw rejected("a JWT whose " + what + " is a base64url JSON object");
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static InvalidInputException rejected(String rule) {
        return InvalidInputException.field(FIELD, "(ID token)", rule);
    }
}
