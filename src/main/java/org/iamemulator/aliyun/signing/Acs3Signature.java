package org.iamemulator.aliyun.signing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.iamemulator.web.SignedAuthorizationHeader;
import org.iamemulator.web.signing.SigningPrimitives;

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

    private Acs3Signature() {}

    /**
     * The canonical request. {@code rawQuery} is the query string as received (decoded and re-encoded here);
     * {@code header} gives a header's value by name; {@code hashedPayload} is the {@code x-acs-content-sha256} value.
     */
    public static String canonicalRequest(
            String method,
            String path,
            String rawQuery,
            List<String> signedHeaders,
            Function<String, String> header,
            String hashedPayload) {
        return SigningPrimitives.canonicalRequest(
                method,
                path,
                rawQuery,
                signedHeaders,
                (out, name) -> {
                    String value = header.apply(name);
                    out.append(value == null ? "" : value.trim());
                },
                hashedPayload);
    }

    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + SigningPrimitives.sha256Hex(canonicalRequest);
    }

    public static String sign(String stringToSign, String secret) {
        return SigningPrimitives.hex(
                SigningPrimitives.hmacSha256(secret.getBytes(StandardCharsets.UTF_8), stringToSign));
    }
}
