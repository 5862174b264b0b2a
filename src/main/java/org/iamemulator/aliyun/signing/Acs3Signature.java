package org.iamemulator.aliyun.signing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iamemulator.web.SignedAuthorizationHeader;

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
            SignedAuthorizationHeader parts = SignedAuthorizationHeader.parse(header, ALGORITHM);
            if (parts == null || parts.credential().isEmpty()) {
                return null;
            }
            return new Authorization(parts.credential(), parts.signedHeaders(), parts.signature());
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
