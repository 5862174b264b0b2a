package org.iamemulator.huawei.signing;

import static org.iamemulator.web.signing.SigningPrimitives.appendPercentEncoded;
import static org.iamemulator.web.signing.SigningPrimitives.hex;
import static org.iamemulator.web.signing.SigningPrimitives.hexValue;
import static org.iamemulator.web.signing.SigningPrimitives.hmacSha256;
import static org.iamemulator.web.signing.SigningPrimitives.isHex;
import static org.iamemulator.web.signing.SigningPrimitives.sha256Hex;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.iamemulator.huawei.signing.SignatureException.Reason;

/**
 * Server-side verifier for Huawei Cloud {@code SDK-HMAC-SHA256} request signatures and the derived
 * {@code V11-HMAC-SHA256} variant, compatible with what huaweicloud-sdk-core 3.1.192 signs.
 *
 * <p>The canonical request is rebuilt from the request exactly as received (raw path, raw query,
 * header values, raw body) using the header list the client declared in {@code SignedHeaders}.
 * Instances are immutable and thread-safe.
 */
public final class SdkSignatureVerifier {

    public static final String DATE_HEADER = "X-Sdk-Date";
    public static final String CONTENT_SHA256_HEADER = "X-Sdk-Content-Sha256";
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final Comparator<String[]> BY_KEY = Comparator.comparing(p -> p[0]);
    private static final Comparator<String[]> BY_KEY_THEN_VALUE = BY_KEY.thenComparing(p -> p[1]);

    private final Clock clock;
    private final Duration allowedSkew;

    public SdkSignatureVerifier(Clock clock, Duration allowedSkew) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.allowedSkew = Objects.requireNonNull(allowedSkew, "allowedSkew");
        if (allowedSkew.isNegative()) {
            throw new IllegalArgumentException("allowedSkew must not be negative");
        }
    }

    /**
     * Verifies {@code request} against the parsed {@code auth} header and the secret key looked up
     * for {@code auth.accessKeyId()}.
     *
     * @throws SignatureException with the reason of the first failed check (date, then signature)
     */
    public void verify(SignedRequest request, SdkAuthorization auth, String secretKey) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(secretKey, "secretKey");

        String sdkDate = request.headerValue(DATE_HEADER);
        if (sdkDate == null || sdkDate.isBlank()) {
            throw new SignatureException(Reason.DATE_MISSING, "X-Sdk-Date header is missing");
        }
        sdkDate = sdkDate.strip();
        Instant signedAt;
        try {
            signedAt = LocalDateTime.parse(sdkDate, SDK_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new SignatureException(Reason.DATE_INVALID, "X-Sdk-Date is not in yyyyMMdd'T'HHmmss'Z' format");
        }
        Duration skew = Duration.between(signedAt, clock.instant()).abs();
        if (skew.compareTo(allowedSkew) > 0) {
            throw new SignatureException(
                    Reason.DATE_SKEWED,
                    "X-Sdk-Date is more than " + allowedSkew.toMinutes() + " minutes away from server time");
        }
        if (auth.isDerived() && !auth.credentialScope().startsWith(sdkDate.substring(0, 8) + '/')) {
            throw new SignatureException(Reason.SIGNATURE_MISMATCH, "credential scope date does not match X-Sdk-Date");
        }

        String payloadHash = payloadHash(request);
        String headers = canonicalHeaders(request, auth.signedHeaders());
        String signedHeaders = String.join(";", auth.signedHeaders());
        String method = request.method() == null ? "" : request.method();

        if (secretKey.isEmpty()) {
            throw new SignatureException(Reason.SIGNATURE_MISMATCH, "signature does not match the request");
        }
        byte[] key = auth.isDerived()
                ? derivedKey(auth.accessKeyId(), secretKey, auth.credentialScope())
                : secretKey.getBytes(StandardCharsets.UTF_8);
        byte[] provided = auth.signature().getBytes(StandardCharsets.US_ASCII);

        // Normally exactly one canonical URI and one canonical query. Alternatives exist only for
        // inputs where SDKs disagree (see docs/signing.md); each is a deterministic function of the
        // received bytes, so accepting any of them does not weaken the binding to the request.
        List<String> uris = canonicalUriCandidates(request.rawPath());
        List<String> queries = canonicalQueryCandidates(request.rawQuery());
        boolean match = false;
        for (String uri : uris) {
            for (String query : queries) {
                String canonical = join(method, uri, query, headers, signedHeaders, payloadHash);
                String sts = stringToSign(auth.algorithm(), sdkDate, auth.credentialScope(), canonical);
                byte[] expected = hex(hmacSha256(key, sts)).getBytes(StandardCharsets.US_ASCII);
                match |= MessageDigest.isEqual(expected, provided);
            }
        }
        if (!match) {
            throw new SignatureException(Reason.SIGNATURE_MISMATCH, "signature does not match the request");
        }
    }

    /**
     * The canonical request for {@code request} (primary canonical forms), as signed by the SDK.
     *
     * @throws SignatureException {@code SIGNATURE_MISMATCH} if a signed header is absent
     */
    public static String canonicalRequest(SignedRequest request, List<String> signedHeaders) {
        List<String> names = new ArrayList<>(signedHeaders.size());
        for (String h : signedHeaders) {
            names.add(h.toLowerCase(Locale.ROOT));
        }
        return join(
                request.method() == null ? "" : request.method(),
                canonicalUri(request.rawPath(), true),
                canonicalQuery(request.rawQuery(), BY_KEY_THEN_VALUE),
                canonicalHeaders(request, names),
                String.join(";", names),
                payloadHash(request));
    }

    // ---------------------------------------------------------------- canonical parts

    static String stringToSign(String algorithm, String sdkDate, String scope, String canonicalRequest) {
        String hash = sha256Hex(canonicalRequest);
        return scope == null
                ? algorithm + '\n' + sdkDate + '\n' + hash
                : algorithm + '\n' + sdkDate + '\n' + scope + '\n' + hash;
    }

    /**
     * Key for V11: the lower-case hex string of HKDF-SHA256(ikm = SK, salt = AK, info = scope, L = 32),
     * used as UTF-8 bytes (that is what DerivedAKSKSigner does).
     */
    static byte[] derivedKey(String accessKey, String secretKey, String scope) {
        byte[] prk = hmacSha256(accessKey.getBytes(StandardCharsets.UTF_8), secretKey.getBytes(StandardCharsets.UTF_8));
        byte[] info = scope.getBytes(StandardCharsets.UTF_8);
        byte[] t1Input = new byte[info.length + 1];
        System.arraycopy(info, 0, t1Input, 0, info.length);
        t1Input[info.length] = 1;
        byte[] okm = hmacSha256(prk, t1Input);
        return hex(okm).getBytes(StandardCharsets.US_ASCII);
    }

    private static String join(
            String method, String uri, String query, String headers, String signedHeaders, String payloadHash) {
        return method + '\n' + uri + '\n' + query + '\n' + headers + '\n' + signedHeaders + '\n' + payloadHash;
    }

    private static String payloadHash(SignedRequest request) {
        String declared = request.headerValue(CONTENT_SHA256_HEADER);
        if (declared != null) {
            declared = declared.strip();
            if (declared.length() == 64 && isHex(declared)) {
                String actual = sha256Hex(request.bodyOrEmpty());
                if (!actual.equalsIgnoreCase(declared)) {
                    throw new SignatureException(
                            Reason.SIGNATURE_MISMATCH, "X-Sdk-Content-Sha256 does not match the request body");
                }
            }
            return declared;
        }
        return sha256Hex(request.bodyOrEmpty());
    }

    private static String canonicalHeaders(SignedRequest request, List<String> names) {
        StringBuilder sb = new StringBuilder(names.size() * 32);
        for (String name : names) {
            String value = request.headerValue(name);
            if (value == null) {
                throw new SignatureException(
                        Reason.SIGNATURE_MISMATCH, "signed header '" + name + "' is not present in the request");
            }
            sb.append(name).append(':').append(value.strip()).append('\n');
        }
        return sb.toString();
    }

    private static List<String> canonicalUriCandidates(String rawPath) {
        String primary = canonicalUri(rawPath, true);
        if (rawPath == null || rawPath.indexOf('%') < 0) {
            return List.of(primary);
        }
        String verbatim = canonicalUri(rawPath, false);
        return verbatim.equals(primary) ? List.of(primary) : List.of(primary, verbatim);
    }

    /**
     * Canonical URI: split on '/', every segment (decoded first when {@code decode}) RFC 3986-encoded
     * and followed by '/'. Trailing empty segments are dropped like Java's String.split, so the
     * result always ends with exactly the slashes the SDK produces; "/" stays "/".
     * <p>
     * {@code decode == false} re-encodes the segment as received, which is what the Java SDK signs
     * when a path parameter value already contains percent escapes (it signs the unescaped template
     * value, then OkHttp leaves valid escapes untouched on the wire).
     */
    static String canonicalUri(String rawPath, boolean decode) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            return "/";
        }
        int end = rawPath.length();
        while (end > 0 && rawPath.charAt(end - 1) == '/') {
            end--;
        }
        StringBuilder sb = new StringBuilder(rawPath.length() + 16);
        int start = 0;
        while (start <= end) {
            int slash = rawPath.indexOf('/', start);
            int segEnd = (slash < 0 || slash > end) ? end : slash;
            encode(sb, rawPath, start, segEnd, decode, false);
            sb.append('/');
            if (slash < 0 || slash >= end) {
                break;
            }
            start = slash + 1;
        }
        if (sb.length() == 0 || sb.charAt(0) != '/') {
            // A path always starts with '/' on the wire; guard against a relative form anyway.
            sb.insert(0, '/');
        }
        return sb.toString();
    }

    private static List<String> canonicalQueryCandidates(String rawQuery) {
        List<String[]> pairs = parseQuery(rawQuery);
        if (pairs.size() < 2) {
            return List.of(render(pairs));
        }
        List<String[]> keyOnly = new ArrayList<>(pairs);
        keyOnly.sort(BY_KEY);
        pairs.sort(BY_KEY_THEN_VALUE);
        String primary = render(pairs);
        String appearanceOrder = render(keyOnly);
        return primary.equals(appearanceOrder) ? List.of(primary) : List.of(primary, appearanceOrder);
    }

    static String canonicalQuery(String rawQuery, Comparator<String[]> order) {
        List<String[]> pairs = parseQuery(rawQuery);
        pairs.sort(order);
        return render(pairs);
    }

    /** Pairs of already RFC 3986-encoded key and value, in order of appearance. */
    private static List<String[]> parseQuery(String rawQuery) {
        List<String[]> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        int start = 0;
        int len = rawQuery.length();
        while (start <= len) {
            int amp = rawQuery.indexOf('&', start);
            int end = amp < 0 ? len : amp;
            if (end > start) {
                int eq = rawQuery.indexOf('=', start);
                StringBuilder k = new StringBuilder();
                StringBuilder v = new StringBuilder();
                if (eq < 0 || eq >= end) {
                    encode(k, rawQuery, start, end, true, true);
                } else {
                    encode(k, rawQuery, start, eq, true, true);
                    encode(v, rawQuery, eq + 1, end, true, true);
                }
                pairs.add(new String[] {k.toString(), v.toString()});
            }
            if (amp < 0) {
                break;
            }
            start = amp + 1;
        }
        return pairs;
    }

    private static String render(List<String[]> pairs) {
        StringBuilder sb = new StringBuilder();
        for (String[] p : pairs) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p[0]).append('=').append(p[1]);
        }
        return sb.toString();
    }

    /**
     * Appends s[from, to) RFC 3986-encoded (unreserved A-Z a-z 0-9 - _ . ~ kept, everything else
     * as upper-case %XX of its UTF-8 bytes). With {@code decode}, valid %XX escapes are decoded
     * first (invalid ones are kept literally) and, with {@code plusIsSpace}, '+' means a space.
     * Works on bytes, so escapes that are not valid UTF-8 survive unchanged.
     */
    private static void encode(StringBuilder out, String s, int from, int to, boolean decode, boolean plusIsSpace) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (decode && c == '%' && i + 2 < to && hexValue(s.charAt(i + 1)) >= 0 && hexValue(s.charAt(i + 2)) >= 0) {
                int b = (hexValue(s.charAt(i + 1)) << 4) | hexValue(s.charAt(i + 2));
                appendPercentEncoded(out, b);
                i += 3;
            } else if (decode && plusIsSpace && c == '+') {
                appendPercentEncoded(out, ' ');
                i++;
            } else if (c < 0x80) {
                appendPercentEncoded(out, c);
                i++;
            } else {
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    appendPercentEncoded(out, b & 0xff);
                }
                i += n;
            }
        }
    }
}
