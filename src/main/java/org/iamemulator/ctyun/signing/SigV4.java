package org.iamemulator.ctyun.signing;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.iamemulator.web.SignedAuthorizationHeader;

/** AWS Signature Version 4, as the AWS SDKs and CLI sign IAM Query requests. */
public final class SigV4 {

    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private SigV4() {
    }

    /** The parts of {@code Authorization: AWS4-HMAC-SHA256 Credential=<ak>/<scope>, SignedHeaders=…, Signature=…}. */
    public record Authorization(String accessKeyId, String date, String region, String service, String terminal,
            List<String> signedHeaders, String signature) {

        public String scope() {
            return date + "/" + region + "/" + service + "/" + terminal;
        }

        /** Null when the header is not a well-formed SigV4 header. */
        public static Authorization parse(String header) {
            SignedAuthorizationHeader parts = SignedAuthorizationHeader.parse(header, ALGORITHM);
            if (parts == null) {
                return null;
            }
            String[] scope = parts.credential().split("/", -1);
            if (scope.length != 5 || scope[0].isEmpty() || scope[1].isEmpty() || scope[3].isEmpty()) {
                return null;
            }
            return new Authorization(scope[0], scope[1], scope[2], scope[3], scope[4], parts.signedHeaders(),
                    parts.signature());
        }
    }

    /**
     * The canonical request. {@code headerValues} gives all values of a header by (lower-case) name;
     * {@code payloadHash} is the hex SHA-256 of the body or {@code UNSIGNED-PAYLOAD}.
     */
    public static String canonicalRequest(String method, String path, String rawQuery, List<String> signedHeaders,
            Function<String, List<String>> headerValues, String payloadHash) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String part : rawQuery.split("&")) {
                if (part.isEmpty()) {
                    continue;
                }
                int eq = part.indexOf('=');
                String name = eq < 0 ? part : part.substring(0, eq);
                String value = eq < 0 ? "" : part.substring(eq + 1);
                query.add(Map.entry(encode(decode(name)), encode(decode(value))));
            }
        }
        query.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        String canonicalQuery = query.stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        List<String> names = signedHeaders.stream().sorted().toList();
        StringBuilder headers = new StringBuilder();
        for (String name : names) {
            List<String> values = headerValues.apply(name);
            headers.append(name).append(':')
                    .append(values.stream().map(v -> v.trim().replaceAll(" +", " ")).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return method + "\n" + (path == null || path.isEmpty() ? "/" : path) + "\n" + canonicalQuery + "\n" + headers
                + "\n" + String.join(";", names) + "\n" + payloadHash;
    }

    public static String stringToSign(String amzDate, String scope, String canonicalRequest) {
        return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] signingKey(String secret, String date, String region, String service) {
        byte[] kDate = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        byte[] kRegion = hmac(kDate, region);
        byte[] kService = hmac(kRegion, service);
        return hmac(kService, "aws4_request");
    }

    public static String signature(byte[] signingKey, String stringToSign) {
        return HexFormat.of().formatHex(hmac(signingKey, stringToSign));
    }

    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 3986 percent-encoding of one name or value. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%20"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
