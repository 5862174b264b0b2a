package org.iamemulator.aliyun.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.iamemulator.aliyun.AliyunCall;
import org.iamemulator.aliyun.AliyunFormat;
import org.iamemulator.aliyun.AliyunResponses;
import org.iamemulator.aliyun.error.AliyunError;
import org.iamemulator.aliyun.error.AliyunException;
import org.iamemulator.aliyun.signing.Acs3Signature;
import org.iamemulator.aliyun.signing.NonceCache;
import org.iamemulator.aliyun.signing.RpcSignatureV1;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.credential.CredentialAuthenticator;
import org.iamemulator.core.credential.KeyCredential;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.core.identity.AuthMode;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.CachedBodyRequest;
import org.iamemulator.web.DialectRequest;
import org.iamemulator.web.CallerAttribute;
import org.iamemulator.web.signing.SigningPrimitives;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the Alibaba Cloud RPC requests sent to {@code /}: those signed with signature V1 ({@code Action} with
 * {@code Signature}, {@code SignatureMethod}, {@code AccessKeyId}, {@code SignatureNonce} or {@code Timestamp}
 * parameters) or V3 ({@code Authorization: ACS3-HMAC-SHA256 …} or {@code x-acs-*} headers). Verifies the signature,
 * the timestamp and the nonce, resolves the caller, and hands the request to the Alibaba controllers; failures are
 * answered here in Alibaba's error format. Other requests pass untouched.
 */
@Component
class AliyunAuthenticationFilter extends OncePerRequestFilter {

    static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(AliyunAuthenticationFilter.class);
    private static final Set<String> V1_MARKERS =
            Set.of("Signature", "SignatureMethod", "AccessKeyId", "SignatureNonce", "Timestamp");
    private static final String LOCKED =
            "Specified access key is locked for 5 minutes after 5 consecutive signature failures.";
    private static final Set<String> VERSIONS = Set.of(AliyunCall.IMS_VERSION, AliyunCall.RAM_VERSION);

    private final CredentialAuthenticator authenticator;
    private final AccountService accounts;
    private final EmulatorProperties properties;
    private final Clock clock;
    private final NonceCache nonces;

    AliyunAuthenticationFilter(CredentialAuthenticator authenticator, AccountService accounts,
            EmulatorProperties properties, Clock clock) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
        // a nonce must stay refused for as long as its timestamp can still pass: twice the skew
        this.nonces = new NonceCache(clock, ALLOWED_CLOCK_SKEW.multipliedBy(2));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/".equals(request.getRequestURI()) || request.getAttribute(AliyunCall.DIALECT_ATTRIBUTE) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean v3 = isV3(request);
        boolean acsHeaders = hasAcsHeader(request);
        CachedBodyRequest cached;
        try {
            cached = request instanceof CachedBodyRequest already ? already
                    : CachedBodyRequest.read(request);
        } catch (CachedBodyRequest.TooLarge e) {
            if (v3 || acsHeaders) {
                AliyunResponses.write(request, response, AliyunFormat.JSON, AliyunError.BODY_TOO_LARGE.failure(
                        AliyunError.BODY_TOO_LARGE.message().formatted(CachedBodyRequest.MAX_BYTES)));
            } else if (e.unread()) {
                chain.doFilter(request, response); // not ours by its headers: another dialect's, or nobody's
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>(SigningPrimitives.formDecode(cached.getQueryString()));
        if (isForm(cached.getContentType())) {
            pairs.addAll(SigningPrimitives.formDecode(new String(cached.body(), StandardCharsets.UTF_8)));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        pairs.forEach(pair -> parameters.putIfAbsent(pair.getKey(), pair.getValue()));
        boolean v1 = parameters.containsKey("Action") && V1_MARKERS.stream().anyMatch(parameters::containsKey);
        if (!v3 && !acsHeaders && !v1) {
            chain.doFilter(cached, response);
            return;
        }
        cached.setAttribute(AliyunCall.DIALECT_ATTRIBUTE, AliyunCall.DIALECT);

        AliyunFormat format = AliyunFormat.lenient(parameters.get("Format"));
        AliyunCall call;
        try {
            call = call(cached, parameters, v3);
        } catch (AliyunException e) {
            AliyunResponses.write(cached, response, format, e);
            return;
        }
        call.store(cached);
        Caller caller;
        if (properties.auth().mode() == AuthMode.OFF) {
            caller = anyKnown(cached, parameters, v3);
        } else {
            try {
                caller = v3 ? authenticateV3(cached) : authenticateV1(cached, pairs, parameters);
            } catch (RuntimeException e) {
                if (!StoreOutage.causedBy(e)) {
                    throw e;
                }
                AliyunResponses.write(cached, response, call.format(), AliyunError.SERVICE_UNAVAILABLE.failure());
                return;
            } catch (Rejected rejected) {
                if (properties.auth().mode() == AuthMode.STRICT) {
                    AliyunResponses.write(cached, response, call.format(), rejected.failure);
                    return;
                }
                log.warn("auth mode soft: would have refused {} {} with {} ({})", cached.getMethod(),
                        cached.getRequestURI(), rejected.failure.code(), rejected.failure.getMessage());
                caller = rejected.claimed != null ? rejected.claimed : defaultRoot();
            }
        }
        DialectRequest routed = new DialectRequest(cached, call.parameters(), AliyunCall.DIALECT);
        CallerAttribute.set(routed, caller);
        chain.doFilter(routed, response);
    }

    /** Which operation of which API: refuses what the emulator does not serve before looking at credentials. */
    private static AliyunCall call(CachedBodyRequest request, Map<String, String> parameters, boolean v3) {
        AliyunFormat format = AliyunFormat.of(parameters.get("Format"));
        Map<String, String> effective = new LinkedHashMap<>(parameters);
        String action = parameters.getOrDefault("Action", request.getHeader("x-acs-action"));
        String version = parameters.getOrDefault("Version", request.getHeader("x-acs-version"));
        if (action == null || action.isEmpty()) {
            throw AliyunError.missing("Action");
        }
        if (version == null || version.isEmpty()) {
            throw AliyunError.missing("Version");
        }
        if (!VERSIONS.contains(version)) {
            throw AliyunError.INVALID_VERSION.failure();
        }
        if (!AliyunCall.GET_LOGIN_PROFILE.equals(action)) {
            throw AliyunError.API_NOT_FOUND.failure();
        }
        effective.put("Action", action);
        effective.put("Version", version);
        return new AliyunCall(action, version, format, Collections.unmodifiableMap(effective), v3);
    }

    private Caller authenticateV1(CachedBodyRequest request, List<Map.Entry<String, String>> pairs,
            Map<String, String> parameters) throws Rejected {
        String accessKeyId = required(parameters, "AccessKeyId");
        String signature = required(parameters, "Signature");
        String method = required(parameters, "SignatureMethod");
        if (!"HMAC-SHA1".equals(method)) {
            throw new Rejected(AliyunError.INVALID_SIGNATURE_METHOD.failure(), null);
        }
        String nonce = required(parameters, "SignatureNonce");
        checkTime(required(parameters, "Timestamp"));
        KeyCredential key = key(accessKeyId);
        String stringToSign = RpcSignatureV1.stringToSign(request.getMethod(), pairs);
        if (!signatureMatches(key, () -> v1SignatureMatches(signature, request.getMethod(), pairs, key))) {
            throw new Rejected(AliyunError.SIGNATURE_MISMATCH.failure(AliyunError.SIGNATURE_MISMATCH.message()
                    + " server string to sign is:" + stringToSign), key.caller());
        }
        return usable(key, nonce);
    }

    private Caller authenticateV3(CachedBodyRequest request) throws Rejected {
        Acs3Signature.Authorization authorization = Acs3Signature.Authorization
                .parse(request.getHeader("Authorization"));
        if (authorization == null) {
            throw new Rejected(AliyunError.INCOMPLETE_SIGNATURE.failure(), null);
        }
        String date = request.getHeader("x-acs-date");
        if (date == null) {
            throw new Rejected(AliyunError.missing("XAcsDate"), null);
        }
        checkTime(date);
        String nonce = request.getHeader("x-acs-signature-nonce");
        if (nonce == null || nonce.isEmpty()) {
            throw new Rejected(AliyunError.missing("SignatureNonce"), null);
        }
        KeyCredential key = key(authorization.accessKeyId());
        String bodyHash = SigningPrimitives.sha256Hex(request.body());
        String declared = request.getHeader("x-acs-content-sha256");
        if (declared != null && !declared.equalsIgnoreCase(bodyHash)) {
            throw new Rejected(AliyunError.SIGNATURE_MISMATCH.failure(
                    "The x-acs-content-sha256 header does not match the SHA-256 of the request body."), key.caller());
        }
        String canonical = Acs3Signature.canonicalRequest(request.getMethod(), request.getRequestURI(),
                request.getQueryString(), authorization.signedHeaders(), request::getHeader,
                declared != null ? declared : bodyHash);
        String stringToSign = Acs3Signature.stringToSign(canonical);
        if (!signatureMatches(key, () -> SigningPrimitives.constantTimeEquals(
                authorization.signature().toLowerCase(Locale.ROOT), Acs3Signature.sign(stringToSign, key.secretKey())))) {
            throw new Rejected(AliyunError.SIGNATURE_MISMATCH.failure(AliyunError.SIGNATURE_MISMATCH.message()
                    + " server string to sign is:" + stringToSign), key.caller());
        }
        return usable(key, nonce);
    }

    private static boolean v1SignatureMatches(String signature, String method, List<Map.Entry<String, String>> pairs,
            KeyCredential key) {
        if (SigningPrimitives.constantTimeEquals(signature,
                RpcSignatureV1.sign(RpcSignatureV1.stringToSign(method, pairs), key.secretKey()))) {
            return true;
        }
        // some clients leave parameters with empty values out of what they sign
        List<Map.Entry<String, String>> nonEmpty = pairs.stream().filter(p -> !p.getValue().isEmpty()).toList();
        return nonEmpty.size() != pairs.size() && SigningPrimitives.constantTimeEquals(signature,
                RpcSignatureV1.sign(RpcSignatureV1.stringToSign(method, nonEmpty), key.secretKey()));
    }

    /** The shared lock-out counts wrong signatures of every dialect; a locked key answers as a disabled one. */
    private boolean signatureMatches(KeyCredential key, BooleanSupplier check) throws Rejected {
        try {
            return authenticator.signatureMatches(key, check);
        } catch (AuthenticationException locked) {
            throw new Rejected(AliyunError.ACCESS_KEY_INACTIVE.failure(LOCKED), key.caller());
        }
    }

    private KeyCredential key(String accessKeyId) throws Rejected {
        try {
            return authenticator.accessKey(accessKeyId);
        } catch (AuthenticationException e) {
            throw new Rejected(AliyunError.ACCESS_KEY_NOT_FOUND.failure(), null);
        }
    }

    /** Refuses a replayed nonce, an inactive key or a disabled user; records the key's use. */
    private Caller usable(KeyCredential key, String nonce) throws Rejected {
        if (!nonces.firstUse(key.accessKeyId(), nonce)) {
            throw new Rejected(AliyunError.NONCE_USED.failure(), key.caller());
        }
        try {
            authenticator.requireUsable(key);
        } catch (AuthenticationException e) {
            throw new Rejected(e.reason() == AuthenticationException.Reason.USER_DISABLED
                    ? AliyunError.ACCESS_KEY_INACTIVE.failure("The user of the specified access key is disabled.")
                    : AliyunError.ACCESS_KEY_INACTIVE.failure(), key.caller());
        }
        return key.caller();
    }

    private void checkTime(String value) throws Rejected {
        Instant at;
        try {
            at = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Rejected(AliyunError.TIMESTAMP_FORMAT.failure(), null);
        }
        if (Duration.between(at, clock.instant()).abs().compareTo(ALLOWED_CLOCK_SKEW) > 0) {
            throw new Rejected(AliyunError.TIMESTAMP_EXPIRED.failure(), null);
        }
    }

    private static String required(Map<String, String> parameters, String name) throws Rejected {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw new Rejected(AliyunError.missing(name), null);
        }
        return value;
    }

    /** Off mode: the key the request names acts as its user, without verification; otherwise the default root. */
    private Caller anyKnown(CachedBodyRequest request, Map<String, String> parameters, boolean v3) {
        String accessKeyId = parameters.get("AccessKeyId");
        if (v3) {
            Acs3Signature.Authorization authorization = Acs3Signature.Authorization
                    .parse(request.getHeader("Authorization"));
            accessKeyId = authorization == null ? null : authorization.accessKeyId();
        }
        if (accessKeyId != null) {
            try {
                return authenticator.accessKey(accessKeyId).caller();
            } catch (AuthenticationException unknown) {
                // falls back to the default root
            }
        }
        return defaultRoot();
    }

    private Caller defaultRoot() {
        return accounts.rootCaller(properties.accountId());
    }

    private static boolean isV3(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith("ACS3-");
    }

    private static boolean hasAcsHeader(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            if (name.toLowerCase(Locale.ROOT).startsWith("x-acs-")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** A refused request: the answer, and whom its credentials claimed (for soft mode). */
    private static final class Rejected extends Exception {

        private final transient AliyunException failure;
        private final transient Caller claimed;

        Rejected(AliyunException failure, Caller claimed) {
            super(null, null, false, false);
            this.failure = failure;
            this.claimed = claimed;
        }
    }
}
