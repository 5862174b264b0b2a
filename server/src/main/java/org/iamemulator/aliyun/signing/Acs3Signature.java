package org.iamemulator.aliyun.signing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Alibaba Cloud signature V3 ({@code Authorization: ACS3-HMAC-SHA256 Credential=<ak>,SignedHeaders=<a;b>,
 * Signature=<hex>}): hex HMAC-SHA256 with the raw secret over {@code ACS3-HMAC-SHA256\n<hex SHA-256 of the
 * canonical request>}.
 */
public final class Acs3Signature {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    /** The parts of the Authorization header. */
    public record Authorization(String accessKeyId, List<String> signedHeaders, String signature) {

        /** Null when the header is not a well-formed ACS3 header. */
        public static Authorization parse(String header) {
            if (header == null || !header.startsWith(ALGORITHM + " ")) {
                return null;
            }
            String credential = null;
            String signedHeaders = null;
            String signature = null;
            for (String part : header.substring(ALGORITHM.length() + 1).split(",")) {
                String item = part.trim();
                int eq = item.indexOf('=');
                if (eq < 0) {
                    return null;
                }
                String value = item.substring(eq + 1).trim();
                switch (item.substring(0, eq).trim()) {
                    case "Credential" -> credential = value;
                    case "SignedHeaders" -> signedHeaders = value;
                    case "Signature" -> signature = value;
                    default -> {
                        return null;
                    }
                }
            }
            if (credential == null || credential.isEmpty() || signedHeaders == null || signedHeaders.isEmpty()
                    || signature == null || signature.isEmpty()) {
                return null;
            }
            List<String> names = new ArrayList<>();
            for (String name : signedHeaders.split(";")) {
                names.add(name.trim().toLowerCase(Locale.ROOT));
            }
            return new Authorization(credential, names, signature);
        }
    }

    private Acs3Signature() {
    }

    /**
     * The canonical request. {@code rawQuery} is the query string as received (decoded and re-encoded here);
     * {@code header} gives a header's value by name; {@code hashedPayload} is the {@code x-acs-content-sha256} value.
     */
    public static String canonicalRequest(String method, String path, String rawQuery, List<String> signedHeaders,
            Function<String, String> header, String hashedPayload) {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        for (Map.Entry<String, String> pair : AcsEncoding.formDecode(rawQuery)) {
            query.add(Map.entry(AcsEncoding.percentEncode(pair.getKey()), AcsEncoding.percentEncode(pair.getValue())));
        }
        query.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        String canonicalQuery = query.stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        List<String> names = signedHeaders.stream().sorted().toList();
        StringBuilder headers = new StringBuilder();
        for (String name : names) {
            String value = header.apply(name);
            headers.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
        }
        return method + "\n" + (path == null || path.isEmpty() ? "/" : path) + "\n" + canonicalQuery + "\n" + headers
                + "\n" + String.join(";", names) + "\n" + hashedPayload;
    }

    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + AcsEncoding.sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    public static String sign(String stringToSign, String secret) {
        return HexFormat.of().formatHex(
                AcsEncoding.hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), stringToSign));
    }
}
