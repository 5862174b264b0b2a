package org.iamemulator.ctyun.signing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.iamemulator.web.SignedAuthorizationHeader;
import org.iamemulator.web.signing.SigningPrimitives;

/** AWS Signature Version 4, as the AWS SDKs and CLI sign IAM Query requests. */
public final class SigV4 {

    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private SigV4() {}

    /** The parts of {@code Authorization: AWS4-HMAC-SHA256 Credential=<ak>/<scope>, SignedHeaders=…, Signature=…}. */
    public record Authorization(
            String accessKeyId,
            String date,
            String region,
            String service,
            String terminal,
            List<String> signedHeaders,
            String signature) {

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
            return new Authorization(
                    scope[0], scope[1], scope[2], scope[3], scope[4], parts.signedHeaders(), parts.signature());
        }
    }

    /**
     * The canonical request. {@code headerValues} gives all values of a header by (lower-case) name;
     * {@code payloadHash} is the hex SHA-256 of the body or {@code UNSIGNED-PAYLOAD}.
     */
    public static String canonicalRequest(
            String method,
            String path,
            String rawQuery,
            List<String> signedHeaders,
            Function<String, List<String>> headerValues,
            String payloadHash) {
        return SigningPrimitives.canonicalRequest(
                method,
                path,
                rawQuery,
                signedHeaders,
                (out, name) -> {
                    List<String> values = headerValues.apply(name);
                    for (int i = 0; i < values.size(); i++) {
                        if (i > 0) {
                            out.append(',');
                        }
                        appendCollapsed(out, values.get(i).trim());
                    }
                },
                payloadHash);
    }

    /** The value with each run of spaces as one space, as SigV4 canonical headers have them. */
    private static void appendCollapsed(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' || value.charAt(i - 1) != ' ') {
                out.append(c);
            }
        }
    }

    public static String stringToSign(String amzDate, String scope, String canonicalRequest) {
        return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + SigningPrimitives.sha256Hex(canonicalRequest);
    }

    public static byte[] signingKey(String secret, String date, String region, String service) {
        byte[] kDate = SigningPrimitives.hmacSha256(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        byte[] kRegion = SigningPrimitives.hmacSha256(kDate, region);
        byte[] kService = SigningPrimitives.hmacSha256(kRegion, service);
        return SigningPrimitives.hmacSha256(kService, "aws4_request");
    }

    public static String signature(byte[] signingKey, String stringToSign) {
        return SigningPrimitives.hex(SigningPrimitives.hmacSha256(signingKey, stringToSign));
    }
}
