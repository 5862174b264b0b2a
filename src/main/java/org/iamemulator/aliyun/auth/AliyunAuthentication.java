package org.iamemulator.aliyun.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.iamemulator.aliyun.AliyunActions;
import org.iamemulator.aliyun.AliyunCall;
import org.iamemulator.aliyun.AliyunFormat;
import org.iamemulator.aliyun.AliyunResponses;
import org.iamemulator.aliyun.error.AliyunError;
import org.iamemulator.aliyun.error.AliyunException;
import org.iamemulator.aliyun.signing.Acs3Signature;
import org.iamemulator.aliyun.signing.NonceCache;
import org.iamemulator.aliyun.signing.RpcSignatureV1;
import org.iamemulator.core.credential.KeyCredential;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.CachedBodyRequest;
import org.iamemulator.web.DialectRequest;
import org.iamemulator.web.auth.ClockSkew;
import org.iamemulator.web.auth.Credentials;
import org.iamemulator.web.auth.DialectAuthentication;
import org.iamemulator.web.auth.DialectCall;
import org.iamemulator.web.auth.Refusal;
import org.iamemulator.web.auth.RequestParameters;
import org.iamemulator.web.signing.SigningPrimitives;
import org.springframework.stereotype.Component;

/**
 * Takes the Alibaba Cloud RPC requests sent to {@code /}: those signed with signature V1 ({@code Action} with
 * {@code Signature}, {@code SignatureMethod}, {@code AccessKeyId}, {@code SignatureNonce} or {@code Timestamp}
 * parameters) or V3 ({@code Authorization: ACS3-HMAC-SHA256 …} or {@code x-acs-*} headers). Verifies the signature,
 * the timestamp and the nonce; refusals are Alibaba error bodies in the request's {@code Format}.
 */
@Component
public class AliyunAuthentication implements DialectAuthentication {

    private static final Set<String> V1_MARKERS =
            Set.of("Signature", "SignatureMethod", "AccessKeyId", "SignatureNonce", "Timestamp");
    private static final String LOCKED =
            "Specified access key is locked for 5 minutes after 5 consecutive signature failures.";

    private final Credentials credentials;
    private final ClockSkew skew;
    private final AliyunActions actions;
    private final NonceCache nonces;

    AliyunAuthentication(Credentials credentials, ClockSkew skew, AliyunActions actions) {
        this.credentials = credentials;
        this.skew = skew;
        this.actions = actions;
        // a nonce must stay refused for as long as its timestamp can still pass: twice the skew
        this.nonces = new NonceCache(skew.clock(), ClockSkew.ALLOWED.multipliedBy(2));
    }

    @Override
    public boolean addresses(HttpServletRequest request) {
        return "/".equals(request.getRequestURI());
    }

    /** Signature V3, or any {@code x-acs-*} header. */
    @Override
    public boolean claimsByHeaders(HttpServletRequest request) {
        return isV3(request) || hasAcsHeader(request);
    }

    @Override
    public DialectCall recognise(CachedBodyRequest request, RequestParameters parameters) throws Refusal {
        List<Map.Entry<String, String>> pairs = parameters.query();
        if (parameters.formBody() && !parameters.body().isEmpty()) {
            pairs = new ArrayList<>(pairs);
            pairs.addAll(parameters.body());
        }
        Map<String, String> named = new LinkedHashMap<>();
        pairs.forEach(pair -> named.putIfAbsent(pair.getKey(), pair.getValue()));
        boolean v3 = isV3(request);
        boolean v1 = named.containsKey("Action") && V1_MARKERS.stream().anyMatch(named::containsKey);
        if (!v3 && !v1 && !hasAcsHeader(request)) {
            return null;
        }
        AliyunCall call;
        try {
            call = call(request, named, v3);
        } catch (AliyunException e) {
            throw refusal(AliyunFormat.lenient(named.get("Format")), e, null);
        }
        call.store(request);
        return new Call(request, call, pairs);
    }

    @Override
    public void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AliyunResponses.write(
                request,
                response,
                AliyunFormat.JSON,
                AliyunError.BODY_TOO_LARGE.failure(AliyunError.BODY_TOO_LARGE.message(CachedBodyRequest.MAX_BYTES)));
    }

    /** Which operation of which API: refuses what the emulator does not serve before looking at credentials. */
    private AliyunCall call(HttpServletRequest request, Map<String, String> parameters, boolean v3) {
        AliyunFormat format = AliyunFormat.of(parameters.get("Format"));
        String action = parameters.getOrDefault("Action", request.getHeader("x-acs-action"));
        String version = parameters.getOrDefault("Version", request.getHeader("x-acs-version"));
        actions.requireServed(action, version);
        Map<String, String> effective = new LinkedHashMap<>(parameters);
        effective.put("Action", action);
        effective.put("Version", version);
        return new AliyunCall(action, version, format, Collections.unmodifiableMap(effective), v3);
    }

    private static Refusal refusal(AliyunFormat format, AliyunException failure, Caller claimed) {
        return new Refusal(
                failure.code(),
                failure.getMessage(),
                claimed,
                (request, response) -> AliyunResponses.write(request, response, format, failure));
    }

    private final class Call implements DialectCall {

        private final CachedBodyRequest request;
        private final AliyunCall call;
        /** The query's and the form body's parameters, all of them, in order: what signature V1 signs. */
        private final List<Map.Entry<String, String>> pairs;

        Call(CachedBodyRequest request, AliyunCall call, List<Map.Entry<String, String>> pairs) {
            this.request = request;
            this.call = call;
            this.pairs = pairs;
        }

        @Override
        public Caller authenticate() throws Refusal {
            return call.signatureV3() ? authenticateV3() : authenticateV1();
        }

        /** The key the request names acts as its user, without verification. */
        @Override
        public Caller claimed() {
            if (call.signatureV3()) {
                Acs3Signature.Authorization authorization =
                        Acs3Signature.Authorization.parse(request.getHeader("Authorization"));
                return authorization == null ? null : credentials.knownOwner(authorization.accessKeyId());
            }
            return credentials.knownOwner(call.parameters().get("AccessKeyId"));
        }

        @Override
        public void refuseStoreUnavailable(HttpServletResponse response) throws IOException {
            AliyunResponses.write(request, response, call.format(), AliyunError.SERVICE_UNAVAILABLE.failure());
        }

        @Override
        public HttpServletRequest forwarded() {
            return new DialectRequest(request, call.parameters(), AliyunCall.DIALECT);
        }

        private Caller authenticateV1() throws Refusal {
            Map<String, String> parameters = call.parameters();
            String accessKeyId = required(parameters, "AccessKeyId");
            String signature = required(parameters, "Signature");
            String method = required(parameters, "SignatureMethod");
            if (!"HMAC-SHA1".equals(method)) {
                throw refused(AliyunError.INVALID_SIGNATURE_METHOD.failure(), null);
            }
            String nonce = required(parameters, "SignatureNonce");
            checkTime(required(parameters, "Timestamp"));
            KeyCredential key = key(accessKeyId);
            String stringToSign = RpcSignatureV1.stringToSign(request.getMethod(), pairs);
            if (!signatureMatches(key, () -> v1SignatureMatches(signature, stringToSign, key))) {
                throw refused(
                        AliyunError.SIGNATURE_MISMATCH.failure(
                                AliyunError.SIGNATURE_MISMATCH.message() + " server string to sign is:" + stringToSign),
                        key.caller());
            }
            return usable(key, nonce);
        }

        private boolean v1SignatureMatches(String signature, String stringToSign, KeyCredential key) {
            if (SigningPrimitives.constantTimeEquals(signature, RpcSignatureV1.sign(stringToSign, key.secretKey()))) {
                return true;
            }
            // some clients leave parameters with empty values out of what they sign
            List<Map.Entry<String, String>> nonEmpty =
                    pairs.stream().filter(p -> !p.getValue().isEmpty()).toList();
            return nonEmpty.size() != pairs.size()
                    && SigningPrimitives.constantTimeEquals(
                            signature,
                            RpcSignatureV1.sign(
                                    RpcSignatureV1.stringToSign(request.getMethod(), nonEmpty), key.secretKey()));
        }

        private Caller authenticateV3() throws Refusal {
            Acs3Signature.Authorization authorization =
                    Acs3Signature.Authorization.parse(request.getHeader("Authorization"));
            if (authorization == null) {
                throw refused(AliyunError.INCOMPLETE_SIGNATURE.failure(), null);
            }
            String date = request.getHeader("x-acs-date");
            if (date == null) {
                throw refused(AliyunError.missing("XAcsDate"), null);
            }
            checkTime(date);
            String nonce = request.getHeader("x-acs-signature-nonce");
            if (nonce == null || nonce.isEmpty()) {
                throw refused(AliyunError.missing("SignatureNonce"), null);
            }
            KeyCredential key = key(authorization.accessKeyId());
            String bodyHash = SigningPrimitives.sha256Hex(request.body());
            String declared = request.getHeader("x-acs-content-sha256");
            if (declared != null && !declared.equalsIgnoreCase(bodyHash)) {
                throw refused(
                        AliyunError.SIGNATURE_MISMATCH.failure(
                                "The x-acs-content-sha256 header does not match the SHA-256 of the request body."),
                        key.caller());
            }
            String canonical = Acs3Signature.canonicalRequest(
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getQueryString(),
                    authorization.signedHeaders(),
                    request::getHeader,
                    declared != null ? declared : bodyHash);
            String stringToSign = Acs3Signature.stringToSign(canonical);
            if (!signatureMatches(
                    key,
                    () -> SigningPrimitives.constantTimeEquals(
                            authorization.signature().toLowerCase(Locale.ROOT),
                            Acs3Signature.sign(stringToSign, key.secretKey())))) {
                throw refused(
                        AliyunError.SIGNATURE_MISMATCH.failure(
                                AliyunError.SIGNATURE_MISMATCH.message() + " server string to sign is:" + stringToSign),
                        key.caller());
            }
            return usable(key, nonce);
        }

        /** A locked key answers as a disabled one. */
        private boolean signatureMatches(KeyCredential key, BooleanSupplier check) throws Refusal {
            try {
                return credentials.signatureMatches(key, check);
            } catch (AuthenticationException locked) {
                throw refused(AliyunError.ACCESS_KEY_INACTIVE.failure(LOCKED), key.caller());
            }
        }

        private KeyCredential key(String accessKeyId) throws Refusal {
            try {
                return credentials.accessKey(accessKeyId);
            } catch (AuthenticationException e) {
                throw refused(AliyunError.ACCESS_KEY_NOT_FOUND.failure(), null);
            }
        }

        /** Refuses a replayed nonce, an inactive key or a disabled user; records the key's use. */
        private Caller usable(KeyCredential key, String nonce) throws Refusal {
            if (!nonces.firstUse(key.accessKeyId(), nonce)) {
                throw refused(AliyunError.NONCE_USED.failure(), key.caller());
            }
            try {
                credentials.requireUsable(key);
            } catch (AuthenticationException e) {
                throw refused(
                        e.reason() == AuthenticationException.Reason.USER_DISABLED
                                ? AliyunError.ACCESS_KEY_INACTIVE.failure(
                                        "The user of the specified access key is disabled.")
                                : AliyunError.ACCESS_KEY_INACTIVE.failure(),
                        key.caller());
            }
            return key.caller();
        }

        private void checkTime(String value) throws Refusal {
            Instant at;
            try {
                at = Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw refused(AliyunError.TIMESTAMP_FORMAT.failure(), null);
            }
            if (!skew.allows(at)) {
                throw refused(AliyunError.TIMESTAMP_EXPIRED.failure(), null);
            }
        }

        private String required(Map<String, String> parameters, String name) throws Refusal {
            String value = parameters.get(name);
            if (value == null || value.isEmpty()) {
                throw refused(AliyunError.missing(name), null);
            }
            return value;
        }

        private Refusal refused(AliyunException failure, Caller claimed) {
            return refusal(call.format(), failure, claimed);
        }
    }

    private static boolean isV3(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith("ACS3-");
    }

    private static boolean hasAcsHeader(HttpServletRequest request) {
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            if (names.nextElement().regionMatches(true, 0, "x-acs-", 0, 6)) {
                return true;
            }
        }
        return false;
    }
}
