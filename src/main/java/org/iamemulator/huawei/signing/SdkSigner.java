package org.iamemulator.huawei.signing;

import static org.iamemulator.web.signing.SigningPrimitives.hex;
import static org.iamemulator.web.signing.SigningPrimitives.hmacSha256;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Signs requests byte for byte as huaweicloud-sdk-core 3.1.192 does, for clients of the emulator that have no SDK at
 * hand: the tests' raw-HTTP calls and the load generator of {@code src/bench}. The emulator itself only verifies
 * ({@link SdkSignatureVerifier}).
 */
public final class SdkSigner {

    private SdkSigner() {}

    /**
     * The full {@code Authorization} header value for {@code SDK-HMAC-SHA256}. Header names are lower-cased,
     * de-duplicated and sorted; {@code sdkDate} is used for {@code x-sdk-date} regardless of the request's own
     * header, so the caller must send {@code X-Sdk-Date: sdkDate}.
     */
    public static String sign(
            SignedRequest request, String accessKey, String secretKey, List<String> signedHeaders, String sdkDate) {
        List<String> names = normalizeHeaderNames(signedHeaders);
        String canonical = SdkSignatureVerifier.canonicalRequest(withDate(request, sdkDate), names);
        String sts = SdkSignatureVerifier.stringToSign(SdkAuthorization.SDK_HMAC_SHA256, sdkDate, null, canonical);
        String signature = hex(hmacSha256(secretKey.getBytes(StandardCharsets.UTF_8), sts));
        return SdkAuthorization.SDK_HMAC_SHA256 + " Access=" + accessKey + ", SignedHeaders=" + String.join(";", names)
                + ", Signature=" + signature;
    }

    /**
     * As {@link #sign}, for the derived {@code V11-HMAC-SHA256} variant with scope
     * {@code <first 8 chars of sdkDate>/<region>/<service>}.
     */
    public static String signDerived(
            SignedRequest request,
            String accessKey,
            String secretKey,
            List<String> signedHeaders,
            String sdkDate,
            String region,
            String service) {
        List<String> names = normalizeHeaderNames(signedHeaders);
        String scope = sdkDate.substring(0, 8) + '/' + region + '/' + service;
        String canonical = SdkSignatureVerifier.canonicalRequest(withDate(request, sdkDate), names);
        String sts = SdkSignatureVerifier.stringToSign(SdkAuthorization.V11_HMAC_SHA256, sdkDate, scope, canonical);
        String signature = hex(hmacSha256(SdkSignatureVerifier.derivedKey(accessKey, secretKey, scope), sts));
        return SdkAuthorization.V11_HMAC_SHA256 + " Credential=" + accessKey + '/' + scope + ", SignedHeaders="
                + String.join(";", names) + ", Signature=" + signature;
    }

    private static List<String> normalizeHeaderNames(List<String> signedHeaders) {
        TreeSet<String> names = new TreeSet<>();
        for (String name : signedHeaders) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(names);
    }

    private static SignedRequest withDate(SignedRequest request, String sdkDate) {
        return new SignedRequest(
                request.method(),
                request.rawPath(),
                request.rawQuery(),
                name -> SdkSignatureVerifier.DATE_HEADER.equalsIgnoreCase(name) ? sdkDate : request.headerValue(name),
                request.body());
    }
}
