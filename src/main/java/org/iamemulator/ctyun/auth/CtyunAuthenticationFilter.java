package org.iamemulator.ctyun.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.credential.CredentialAuthenticator;
import org.iamemulator.core.credential.KeyCredential;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.core.identity.AuthMode;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.ctyun.AwsXml;
import org.iamemulator.ctyun.CtyunCall;
import org.iamemulator.ctyun.error.AwsError;
import org.iamemulator.ctyun.error.AwsException;
import org.iamemulator.ctyun.signing.SigV4;
import org.iamemulator.web.CachedBodyRequest;
import org.iamemulator.web.DialectRequest;
import org.iamemulator.web.CallerAttribute;
import org.iamemulator.web.signing.SigningPrimitives;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the CTyun OOS IAM / AWS IAM Query requests sent to {@code /}: those with an
 * {@code Authorization: AWS4-HMAC-SHA256 …} header, or with {@code Action} and {@code Version=2010-05-08}
 * parameters. Parameters come from the query string and from the body, parsed as a form whatever the
 * {@code Content-Type}. Verifies the AWS Signature Version 4 (service {@code iam} or {@code sts}, any region),
 * resolves the caller and hands the request to the CTyun controllers; failures are answered here as AWS
 * {@code ErrorResponse} XML. Other requests pass untouched.
 */
@Component
class CtyunAuthenticationFilter extends OncePerRequestFilter {

    static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(CtyunAuthenticationFilter.class);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Set<String> SERVICES = Set.of("iam", "sts");
    private static final String LOCKED = "The security token included in the request is locked for 5 minutes after "
            + "5 consecutive signature failures.";

    private final CredentialAuthenticator authenticator;
    private final AccountService accounts;
    private final EmulatorProperties properties;
    private final Clock clock;

    CtyunAuthenticationFilter(CredentialAuthenticator authenticator, AccountService accounts,
            EmulatorProperties properties, Clock clock) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/".equals(request.getRequestURI()) || request.getAttribute(CtyunCall.DIALECT_ATTRIBUTE) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean sigV4 = isSigV4(request.getHeader("Authorization"));
        CachedBodyRequest cached;
        try {
            cached = request instanceof CachedBodyRequest already ? already
                    : CachedBodyRequest.read(request);
        } catch (CachedBodyRequest.TooLarge e) {
            if (sigV4) {
                AwsXml.write(request, response, AwsError.REQUEST_TOO_LARGE.failure(CachedBodyRequest.MAX_BYTES));
            } else if (e.unread()) {
                chain.doFilter(request, response); // not ours by its headers: another dialect's, or nobody's
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        SigningPrimitives.formDecode(cached.getQueryString())
                .forEach(pair -> parameters.putIfAbsent(pair.getKey(), pair.getValue()));
        SigningPrimitives.formDecode(new String(cached.body(), StandardCharsets.UTF_8))
                .forEach(pair -> parameters.putIfAbsent(pair.getKey(), pair.getValue()));
        boolean query = parameters.containsKey("Action") && CtyunCall.VERSION.equals(parameters.get("Version"));
        if (!sigV4 && !query) {
            chain.doFilter(cached, response);
            return;
        }
        cached.setAttribute(CtyunCall.DIALECT_ATTRIBUTE, CtyunCall.DIALECT);

        CtyunCall call;
        try {
            call = call(parameters);
        } catch (AwsException e) {
            AwsXml.write(cached, response, e);
            return;
        }
        call.store(cached);
        Caller caller;
        if (properties.auth().mode() == AuthMode.OFF) {
            caller = anyKnown(cached);
        } else {
            try {
                caller = authenticate(cached);
            } catch (RuntimeException e) {
                if (!StoreOutage.causedBy(e)) {
                    throw e;
                }
                AwsXml.write(cached, response, AwsError.SERVICE_UNAVAILABLE.failure());
                return;
            } catch (Rejected rejected) {
                if (properties.auth().mode() == AuthMode.STRICT) {
                    AwsXml.write(cached, response, rejected.failure);
                    return;
                }
                log.warn("auth mode soft: would have refused {} {} with {} ({})", cached.getMethod(),
                        cached.getRequestURI(), rejected.failure.error().code(), rejected.failure.getMessage());
                caller = rejected.claimed != null ? rejected.claimed : defaultRoot();
            }
        }
        DialectRequest routed = new DialectRequest(cached, call.parameters(), CtyunCall.DIALECT);
        CallerAttribute.set(routed, caller);
        chain.doFilter(routed, response);
    }

    /** The operation: refuses what the emulator does not serve before looking at credentials. */
    private static CtyunCall call(Map<String, String> parameters) {
        String action = parameters.get("Action");
        String version = parameters.getOrDefault("Version", CtyunCall.VERSION);
        if (action == null || action.isEmpty()) {
            throw AwsError.MISSING_ACTION.failure();
        }
        if (!CtyunCall.VERSION.equals(version) || !CtyunCall.GET_USER.equals(action)) {
            throw AwsError.INVALID_ACTION.failure(action, version);
        }
        Map<String, String> effective = new LinkedHashMap<>(parameters);
        effective.put("Version", version);
        return new CtyunCall(action, version, Collections.unmodifiableMap(effective));
    }

    private Caller authenticate(CachedBodyRequest request) throws Rejected {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            throw new Rejected(AwsError.MISSING_AUTHENTICATION_TOKEN.failure(), null);
        }
        SigV4.Authorization authorization = SigV4.Authorization.parse(header);
        if (authorization == null) {
            throw new Rejected(AwsError.INCOMPLETE_SIGNATURE.failure(), null);
        }
        String amzDate = request.getHeader("X-Amz-Date");
        if (amzDate == null) {
            throw new Rejected(AwsError.INCOMPLETE_SIGNATURE.failureWithMessage(
                    "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."), null);
        }
        Instant signedAt;
        try {
            signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new Rejected(AwsError.INCOMPLETE_SIGNATURE.failureWithMessage(
                    "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\""), null);
        }
        if (!SERVICES.contains(authorization.service()) || !"aws4_request".equals(authorization.terminal())
                || !amzDate.startsWith(authorization.date())) {
            throw new Rejected(AwsError.SIGNATURE_DOES_NOT_MATCH.failureWithMessage(
                    "Credential should be scoped to a valid date and to the service 'iam': "
                            + authorization.scope()), null);
        }
        KeyCredential key;
        try {
            key = authenticator.accessKey(authorization.accessKeyId());
        } catch (AuthenticationException e) {
            throw new Rejected(AwsError.INVALID_CLIENT_TOKEN_ID.failure(), null);
        }
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(ALLOWED_CLOCK_SKEW))) {
            throw new Rejected(AwsError.SIGNATURE_DOES_NOT_MATCH.failureWithMessage("Signature expired: " + amzDate
                    + " is now earlier than " + AMZ_DATE.format(now.minus(ALLOWED_CLOCK_SKEW).atOffset(ZoneOffset.UTC))
                    + " (" + AMZ_DATE.format(now.atOffset(ZoneOffset.UTC)) + " - 15 min.)"), key.caller());
        }
        if (signedAt.isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
            throw new Rejected(AwsError.SIGNATURE_DOES_NOT_MATCH.failureWithMessage("Signature not yet current: "
                    + amzDate + " is still later than " + AMZ_DATE.format(now.plus(ALLOWED_CLOCK_SKEW)
                            .atOffset(ZoneOffset.UTC)) + " (" + AMZ_DATE.format(now.atOffset(ZoneOffset.UTC))
                    + " + 15 min.)"), key.caller());
        }
        String bodyHash = SigningPrimitives.sha256Hex(request.body());
        String declared = request.getHeader("x-amz-content-sha256");
        String payloadHash = bodyHash;
        if (declared != null && (declared.equals(SigV4.UNSIGNED_PAYLOAD) || declared.startsWith("STREAMING-"))) {
            payloadHash = declared;
        } else if (declared != null && !declared.equalsIgnoreCase(bodyHash)) {
            throw new Rejected(AwsError.SIGNATURE_DOES_NOT_MATCH.failureWithMessage(
                    "The provided 'x-amz-content-sha256' header does not match what was computed."), key.caller());
        }
        String canonical = SigV4.canonicalRequest(request.getMethod(), request.getRequestURI(),
                request.getQueryString(), authorization.signedHeaders(),
                name -> Collections.list(request.getHeaders(name)), payloadHash);
        String stringToSign = SigV4.stringToSign(amzDate, authorization.scope(), canonical);
        String expected = SigV4.signature(SigV4.signingKey(key.secretKey(), authorization.date(),
                authorization.region(), authorization.service()), stringToSign);
        boolean matches;
        try {
            matches = authenticator.signatureMatches(key, () -> MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.UTF_8),
                    authorization.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (AuthenticationException locked) {
            throw new Rejected(AwsError.INVALID_CLIENT_TOKEN_ID.failureWithMessage(LOCKED), key.caller());
        }
        if (!matches) {
            throw new Rejected(AwsError.SIGNATURE_DOES_NOT_MATCH.failure(), key.caller());
        }
        try {
            authenticator.requireUsable(key);
        } catch (AuthenticationException e) {
            throw new Rejected(e.reason() == AuthenticationException.Reason.USER_DISABLED
                    ? AwsError.ACCESS_DENIED.failureWithMessage("The user " + key.caller().userName()
                            + " of the access key " + key.accessKeyId() + " is disabled.")
                    : AwsError.INVALID_CLIENT_TOKEN_ID.failure(), key.caller());
        }
        return key.caller();
    }

    /** Off mode: the key the request names acts as its user, without verification; otherwise the default root. */
    private Caller anyKnown(CachedBodyRequest request) {
        SigV4.Authorization authorization = SigV4.Authorization.parse(request.getHeader("Authorization"));
        if (authorization != null) {
            try {
                return authenticator.accessKey(authorization.accessKeyId()).caller();
            } catch (AuthenticationException unknown) {
                // falls back to the default root
            }
        }
        return defaultRoot();
    }

    private Caller defaultRoot() {
        return accounts.rootCaller(properties.accountId());
    }

    private static boolean isSigV4(String authorization) {
        return authorization != null && authorization.startsWith(SigV4.ALGORITHM);
    }

    /** A refused request: the answer, and whom its credentials claimed (for soft mode). */
    private static final class Rejected extends Exception {

        private final transient AwsException failure;
        private final transient Caller claimed;

        Rejected(AwsException failure, Caller claimed) {
            super(null, null, false, false);
            this.failure = failure;
            this.claimed = claimed;
        }
    }
}
