package org.iamemulator.aliyun.signing;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Percent-encoding, form decoding, hashes and HMACs as Alibaba Cloud's signatures define them. */
public final class AcsEncoding {

    private AcsEncoding() {
    }

    /** RFC 3986: {@code A-Z a-z 0-9 - _ . ~} stay, every other UTF-8 byte is {@code %XY}; space is {@code %20}. */
    public static String percentEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /**
     * Decodes {@code application/x-www-form-urlencoded} text ({@code +} is a space) into name/value pairs, in
     * order; a name without {@code =} has the empty value. Malformed escapes are kept as they are.
     */
    public static List<Map.Entry<String, String>> formDecode(String text) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pairs;
        }
        for (String part : text.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            String value = eq < 0 ? "" : part.substring(eq + 1);
            pairs.add(Map.entry(decode(name), decode(value)));
        }
        return pairs;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] hmac(String algorithm, byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares in time independent of where the strings differ. */
    public static boolean constantTimeEquals(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
