package org.iamemulator.core.federation;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public signing keys of an OIDC provider, read from a JWKS document (RFC 7517): RSA keys and EC keys on the
 * curves P-256, P-384 and P-521. Keys for encryption ({@code "use":"enc"}) are left out.
 */
public final class JsonWebKeys {

    /** An empty key set: a provider registered without keys accepts no token until keys are given. */
    public static final String EMPTY = "{\"keys\":[]}";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> CURVES =
            Map.of("P-256", "secp256r1", "P-384", "secp384r1", "P-521", "secp521r1");

    /** One key, with its {@code kid} (may be null) and JOSE key type ({@code RSA} or {@code EC}). */
    public record Key(String kid, String keyType, PublicKey publicKey) {}

    private final List<Key> keys;

    private JsonWebKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    /** Reads a JWKS document; the exception's message says what is wrong. */
    public static JsonWebKeys parse(String document) {
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a JSON document");
        }
        if (root == null || !root.isObject() || !root.path("keys").isArray()) {
            throw new IllegalArgumentException("a JSON object with a \"keys\" array");
        }
        List<Key> keys = new ArrayList<>();
        for (JsonNode key : root.path("keys")) {
            if (!"enc".equals(text(key, "use"))) {
                keys.add(new Key(text(key, "kid"), text(key, "kty"), publicKey(key)));
            }
        }
        return new JsonWebKeys(keys);
    }

    /** The key a token's header names by {@code kid}; without a kid, the only key of the given type. */
    public Optional<Key> find(String kid, String keyType) {
        List<Key> candidates = keys.stream()
                .filter(key -> key.keyType().equals(keyType))
                .filter(key -> kid == null || kid.equals(key.kid()))
                .toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static PublicKey publicKey(JsonNode key) {
        String keyType = text(key, "kty");
        try {
            if ("RSA".equals(keyType)) {
                return KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(number(key, "n"), number(key, "e")));
            }
            if ("EC".equals(keyType)) {
                String curve = CURVES.get(text(key, "crv"));
                if (curve == null) {
                    throw new IllegalArgumentException("EC keys on P-256, P-384 or P-521");
                }
                AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
                parameters.init(new ECGenParameterSpec(curve));
                return KeyFactory.getInstance("EC")
                        .generatePublic(new ECPublicKeySpec(
                                new ECPoint(number(key, "x"), number(key, "y")),
                                parameters.getParameterSpec(ECParameterSpec.class)));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("a key that is not a valid " + keyType + " public key");
        }
        throw new IllegalArgumentException("keys of type RSA or EC (kty)");
    }

    private static BigInteger number(JsonNode key, String member) {
        String value = text(key, member);
        if (value == null) {
            throw new IllegalArgumentException("a key without its \"" + member + "\"");
        }
        try {
            return new BigInteger(1, Base64.getUrlDecoder().decode(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + member + "\" that is not base64url");
        }
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        return value != null && value.isString() ? value.asString() : null;
    }
}
