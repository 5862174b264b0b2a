package org.iamemulator.web.signing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hashing, HMAC, hex and URL-encoding steps the three signature schemes (Huawei {@code SDK-HMAC-SHA256}, Alibaba
 * V1/V3, AWS SigV4) are built from. {@code Mac} and {@code MessageDigest} instances are kept per thread: looking them
 * up costs more than using them.
 */
public final class SigningPrimitives {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();
    private static final String HMAC_SHA256 = "HmacSHA256";
    private static final String HMAC_SHA1 = "HmacSHA1";

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    });
    private static final ThreadLocal<Mac> MAC_SHA256 = ThreadLocal.withInitial(() -> mac(HMAC_SHA256));
    private static final ThreadLocal<Mac> MAC_SHA1 = ThreadLocal.withInitial(() -> mac(HMAC_SHA1));

    private SigningPrimitives() {}

    /** Lower-case hex. */
    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >>> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /** The value of an ASCII hex digit, either case; -1 for anything else (unlike {@code Character.digit}). */
    public static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    public static boolean isHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (hexValue(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    public static byte[] sha256(byte[] data) {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest.digest(data);
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256Hex(byte[] data) {
        return hex(sha256(data));
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] hmacSha256(byte[] key, byte[] data) {
        return hmac(MAC_SHA256.get(), HMAC_SHA256, key, data);
    }

    /** HMAC-SHA256 of the text's UTF-8 bytes. */
    public static byte[] hmacSha256(byte[] key, String data) {
        return hmacSha256(key, data.getBytes(StandardCharsets.UTF_8));
    }

    /** HMAC-SHA1 of the text's UTF-8 bytes (Alibaba signature V1). */
    public static byte[] hmacSha1(byte[] key, String data) {
        return hmac(MAC_SHA1.get(), HMAC_SHA1, key, data.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares in time independent of where the texts differ; false when either is null. */
    public static boolean constantTimeEquals(String a, String b) {
        return a != null
                && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 3986: {@code A-Z a-z 0-9 - _ . ~} stay, every other UTF-8 byte is {@code %XY}; space is {@code %20}. */
    public static String percentEncode(String value) {
        int i = 0;
        while (i < value.length() && isUnreserved(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16).append(value, 0, i);
        for (byte b : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
            appendPercentEncoded(out, b & 0xff);
        }
        return out.toString();
    }

    /** Appends one byte as {@link #percentEncode} writes it. */
    public static void appendPercentEncoded(StringBuilder out, int b) {
        if (isUnreserved((char) b)) {
            out.append((char) b);
        } else {
            out.append('%').append(HEX_UPPER[b >>> 4]).append(HEX_UPPER[b & 0xf]);
        }
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.'
                || c == '~';
    }

    /**
     * Decodes {@code application/x-www-form-urlencoded} text (a query string or a form body; {@code +} is a space)
     * into name/value pairs, in order; a name without {@code =} has the empty value, empty pieces are skipped. A
     * name or value with a malformed escape is kept as it is.
     */
    public static List<Map.Entry<String, String>> formDecode(String text) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pairs;
        }
        int start = 0;
        while (start <= text.length()) {
            int amp = text.indexOf('&', start);
            int end = amp < 0 ? text.length() : amp;
            if (end > start) {
                int eq = text.indexOf('=', start);
                pairs.add(
                        eq < 0 || eq > end
                                ? Map.entry(formDecodeOne(text.substring(start, end)), "")
                                : Map.entry(
                                        formDecodeOne(text.substring(start, eq)),
                                        formDecodeOne(text.substring(eq + 1, end))));
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return pairs;
    }

    private static String formDecodeOne(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /**
     * The canonical query string of AWS SigV4 and Alibaba ACS3: the raw query form-decoded, then
     * {@link #canonicalParameters canonical}.
     */
    public static String canonicalQuery(String rawQuery) {
        return canonicalParameters(formDecode(rawQuery));
    }

    /**
     * The canonical request of AWS SigV4 and of the Alibaba ACS3 scheme modelled on it: method, path ({@code /} when
     * empty), {@link #canonicalQuery canonical query}, a {@code name:value} line per signed header in name order, a
     * blank line, the signed header names joined by {@code ;}, the payload hash. {@code appendValue} writes a header's
     * value, which each scheme normalizes its own way.
     */
    public static String canonicalRequest(
            String method,
            String path,
            String rawQuery,
            List<String> signedHeaders,
            BiConsumer<StringBuilder, String> appendValue,
            String payloadHash) {
        List<String> names = signedHeaders.stream().sorted().toList();
        StringBuilder canonical = new StringBuilder(256)
                .append(method)
                .append('\n')
                .append(path == null || path.isEmpty() ? "/" : path)
                .append('\n')
                .append(canonicalQuery(rawQuery))
                .append('\n');
        for (String name : names) {
            canonical.append(name).append(':');
            appendValue.accept(canonical, name);
            canonical.append('\n');
        }
        return canonical
                .append('\n')
                .append(String.join(";", names))
                .append('\n')
                .append(payloadHash)
                .toString();
    }

    /**
     * Decoded name/value pairs as the signature schemes canonicalize them: each name and value
     * {@link #percentEncode percent-encoded}, sorted by name then value, joined {@code k=v&…}.
     */
    public static String canonicalParameters(List<Map.Entry<String, String>> pairs) {
        if (pairs.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, String>> encoded = new ArrayList<>(pairs.size());
        for (Map.Entry<String, String> pair : pairs) {
            encoded.add(Map.entry(percentEncode(pair.getKey()), percentEncode(pair.getValue())));
        }
        encoded.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> pair : encoded) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(pair.getKey()).append('=').append(pair.getValue());
        }
        return out.toString();
    }

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " not available", e);
        }
    }

    private static byte[] hmac(Mac mac, String algorithm, byte[] key, byte[] data) {
        try {
            mac.init(new SecretKeySpec(key, algorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise " + algorithm, e);
        }
        return mac.doFinal(data);
    }
}
