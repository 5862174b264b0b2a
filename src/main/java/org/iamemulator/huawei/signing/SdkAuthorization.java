package org.iamemulator.huawei.signing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.iamemulator.huawei.signing.SignatureException.Reason;
import org.iamemulator.web.signing.SigningPrimitives;

/**
 * A parsed {@code Authorization} header of the Huawei Cloud AK/SK scheme.
 *
 * <pre>
 * SDK-HMAC-SHA256 Access=&lt;AK&gt;, SignedHeaders=host;x-sdk-date, Signature=&lt;64 hex&gt;
 * V11-HMAC-SHA256 Credential=&lt;AK&gt;/&lt;yyyyMMdd&gt;/&lt;region&gt;/&lt;service&gt;, SignedHeaders=..., Signature=...
 * </pre>
 *
 * @param algorithm       {@link #SDK_HMAC_SHA256} or {@link #V11_HMAC_SHA256}
 * @param accessKeyId     the AK
 * @param signedHeaders   lower-case header names in the order the client listed them
 * @param signature       lower-case hex signature
 * @param credentialScope {@code yyyyMMdd/region/service} for V11, otherwise {@code null}
 */
public record SdkAuthorization(
        String algorithm, String accessKeyId, List<String> signedHeaders, String signature, String credentialScope) {

    public static final String SDK_HMAC_SHA256 = "SDK-HMAC-SHA256";
    public static final String V11_HMAC_SHA256 = "V11-HMAC-SHA256";

    private static final int SIGNATURE_HEX_LENGTH = 64;
    private static final int MAX_HEADER_LENGTH = 8192;

    public SdkAuthorization {
        signedHeaders = List.copyOf(signedHeaders);
    }

    /** {@code true} for the derived-key {@code V11-HMAC-SHA256} variant. */
    public boolean isDerived() {
        return V11_HMAC_SHA256.equals(algorithm);
    }

    /**
     * Parses an {@code Authorization} header value.
     *
     * @throws SignatureException {@code MISSING} for a null/blank value, {@code UNSUPPORTED_ALGORITHM}
     *                            for a well-formed but unknown scheme, {@code MALFORMED} otherwise
     */
    public static SdkAuthorization parse(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            throw new SignatureException(Reason.MISSING, "Authorization header is missing");
        }
        String value = headerValue.strip();
        if (value.length() > MAX_HEADER_LENGTH) {
            throw malformed("Authorization header is too long");
        }
        int space = value.indexOf(' ');
        if (space <= 0) {
            throw malformed("Authorization header has no parameters");
        }
        String algorithm = value.substring(0, space);
        for (int i = 0; i < algorithm.length(); i++) {
            if (!isTokenChar(algorithm.charAt(i))) {
                throw malformed("Authorization scheme is not a token");
            }
        }
        boolean derived;
        if (SDK_HMAC_SHA256.equals(algorithm)) {
            derived = false;
        } else if (V11_HMAC_SHA256.equals(algorithm)) {
            derived = true;
        } else {
            throw new SignatureException(
                    Reason.UNSUPPORTED_ALGORITHM, "unsupported signing algorithm '" + algorithm + "'");
        }
        String credentialName = derived ? "Credential" : "Access";

        String credential = null;
        String signedHeaders = null;
        String signature = null;
        String params = value.substring(space + 1);
        int start = 0;
        while (start <= params.length()) {
            int comma = params.indexOf(',', start);
            int end = comma < 0 ? params.length() : comma;
            String part = params.substring(start, end).strip();
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw malformed("Authorization parameter is not name=value");
            }
            String name = part.substring(0, eq);
            String val = part.substring(eq + 1);
            for (int i = 0; i < val.length(); i++) {
                if (val.charAt(i) <= ' ' || val.charAt(i) >= 0x7f) {
                    throw malformed("Authorization parameter " + name + " contains illegal characters");
                }
            }
            if (name.equals(credentialName)) {
                if (credential != null) {
                    throw malformed("duplicate " + name);
                }
                credential = val;
            } else if (name.equals("SignedHeaders")) {
                if (signedHeaders != null) {
                    throw malformed("duplicate SignedHeaders");
                }
                signedHeaders = val;
            } else if (name.equals("Signature")) {
                if (signature != null) {
                    throw malformed("duplicate Signature");
                }
                signature = val;
            } else {
                throw malformed("unexpected Authorization parameter");
            }
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        if (credential == null || signedHeaders == null || signature == null) {
            throw malformed("Authorization needs " + credentialName + ", SignedHeaders and Signature");
        }

        String accessKey;
        String scope = null;
        if (derived) {
            String[] parts = credential.split("/", -1);
            if (parts.length != 4) {
                throw malformed("Credential must be <AK>/<yyyyMMdd>/<region>/<service>");
            }
            accessKey = parts[0];
            if (parts[1].length() != 8 || !allDigits(parts[1]) || parts[2].isEmpty() || parts[3].isEmpty()) {
                throw malformed("Credential scope must be <yyyyMMdd>/<region>/<service>");
            }
            scope = parts[1] + '/' + parts[2] + '/' + parts[3];
        } else {
            accessKey = credential;
        }
        if (!isAccessKey(accessKey)) {
            throw malformed("access key id is not valid");
        }
        return new SdkAuthorization(
                algorithm, accessKey, parseSignedHeaders(signedHeaders), parseSignature(signature), scope);
    }

    private static List<String> parseSignedHeaders(String value) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int start = 0;
        while (true) {
            int semi = value.indexOf(';', start);
            int end = semi < 0 ? value.length() : semi;
            String name = value.substring(start, end);
            if (name.isEmpty()) {
                throw malformed("SignedHeaders contains an empty name");
            }
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!isTokenChar(c) || (c >= 'A' && c <= 'Z')) {
                    throw malformed("SignedHeaders names must be lower-case header names");
                }
            }
            if (!seen.add(name)) {
                throw malformed("SignedHeaders contains a duplicate name");
            }
            names.add(name);
            if (semi < 0) {
                return names;
            }
            start = semi + 1;
        }
    }

    private static String parseSignature(String value) {
        if (value.length() != SIGNATURE_HEX_LENGTH) {
            throw malformed("Signature must be 64 hex characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (SigningPrimitives.hexValue(value.charAt(i)) < 0) {
                throw malformed("Signature must be 64 hex characters");
            }
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static boolean isAccessKey(String ak) {
        if (ak.isEmpty() || ak.length() > 128) {
            return false;
        }
        for (int i = 0; i < ak.length(); i++) {
            char c = ak.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110 token characters. */
    static boolean isTokenChar(char c) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return true;
        }
        return "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static SignatureException malformed(String message) {
        return new SignatureException(Reason.MALFORMED, message);
    }
}
