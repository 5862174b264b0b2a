package org.iamemulator.support;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A test identity provider's key: its JWKS entry and the ID tokens (JWT, RS256 or ES256) it signs. */
public final class IdTokens {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String kid;
    private final KeyPair keys;

    private IdTokens(String kid, KeyPair keys) {
        this.kid = kid;
        this.keys = keys;
    }

    public static IdTokens rsa(String kid) {
        return new IdTokens(kid, generate("RSA", null));
    }

    public static IdTokens ec(String kid) {
        return new IdTokens(kid, generate("EC", new ECGenParameterSpec("secp256r1")));
    }

    /** A JWKS document with the public keys of the given signers. */
    public static String jwks(IdTokens... signers) {
        return JSON.writeValueAsString(
                Map.of("keys", Arrays.stream(signers).map(IdTokens::jwk).toList()));
    }

    /** This key's public JWK. */
    public Map<String, String> jwk() {
        if (keys.getPublic() instanceof RSAPublicKey rsa) {
            return Map.of(
                    "kty",
                    "RSA",
                    "kid",
                    kid,
                    "use",
                    "sig",
                    "alg",
                    "RS256",
                    "n",
                    b64(rsa.getModulus(), 0),
                    "e",
                    b64(rsa.getPublicExponent(), 0));
        }
        ECPublicKey ec = (ECPublicKey) keys.getPublic();
        return Map.of(
                "kty",
                "EC",
                "kid",
                kid,
                "crv",
                "P-256",
                "x",
                b64(ec.getW().getAffineX(), 32),
                "y",
                b64(ec.getW().getAffineY(), 32));
    }

    /** A signed ID token with these claims. */
    public String sign(Map<String, Object> claims) {
        boolean rsa = keys.getPublic() instanceof RSAPublicKey;
        String header = encode(Map.of("alg", rsa ? "RS256" : "ES256", "typ", "JWT", "kid", kid));
        String input = header + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance(rsa ? "SHA256withRSA" : "SHA256withECDSAinP1363Format");
            signature.initSign(keys.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, ?> json) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(JSON.writeValueAsString(json).getBytes(StandardCharsets.UTF_8));
    }

    /** Unsigned big-endian bytes, left-padded to {@code length} when it is not 0. */
    private static String b64(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        if (length > bytes.length) {
            byte[] padded = new byte[length];
            System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
            bytes = padded;
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generate(String algorithm, ECGenParameterSpec curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve == null) {
                generator.initialize(2048);
            } else {
                generator.initialize(curve);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
