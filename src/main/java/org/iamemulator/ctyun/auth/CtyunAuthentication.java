package org.iamemulator.ctyun.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.iamemulator.core.credential.KeyCredential;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.ctyun.AwsXml;
import org.iamemulator.ctyun.CtyunActions;
import org.iamemulator.ctyun.CtyunCall;
import org.iamemulator.ctyun.error.AwsError;
import org.iamemulator.ctyun.error.AwsException;
import org.iamemulator.ctyun.signing.SigV4;
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
 * Takes the CTyun OOS IAM / AWS IAM Query requests sent to {@code /}: those with an
 * {@code Authorization: AWS4-HMAC-SHA256 …} header, or with {@code Action} and {@code Version=2010-05-08}
 * parameters. Parameters come from the query string and from the body, parsed as a form whatever the
 * {@code Content-Type}. Verifies the AWS Signature Version 4 (service {@code iam} or {@code sts}, any region);
 * refusals are AWS {@code ErrorResponse} XML.
 */
@Component
public class CtyunAuthentication implements DialectAuthentication {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Set<String> SERVICES = Set.of("iam", "sts");
    private static final String LOCKED = "The security token included in the request is locked for 5 minutes after "
            + "5 consecutive signature failures.";

    private final Credentials credentials;
    private final ClockSkew skew;
    private final CtyunActions actions;

    CtyunAuthentication(Credentials credentials, ClockSkew skew, CtyunActions actions) {
        this.credentials = credentials;
        this.skew = skew;
        this.actions = actions;
    }

    @Override
    public boolean addresses(HttpServletRequest request) {
        return "/".equals(request.getRequestURI());
    }

    /** Signed with SigV4. */
    @Override
    public boolean claimsByHeaders(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.startsWith(SigV4.ALGORITHM);
    }

    @Override
    public DialectCall recognise(CachedBodyRequest request, RequestParameters parameters) throws Refusal {
        Map<String, String> named = new LinkedHashMap<>();
        parameters.query().forEach(pair -> named.putIfAbsent(pair.getKey(), pair.getValue()));
        parameters.body().forEach(pair -> named.putIfAbsent(pair.getKey(), pair.getValue()));
        boolean query = named.containsKey("Action") && CtyunCall.VERSION.equals(named.get("Version"));
        if (!query && !claimsByHeaders(request)) {
            return null;
        }
        CtyunCall call;
        try {
            call = call(named);
        } catch (AwsException e) {
            throw refusal(e, null);
        }
        call.store(request);
        return new Call(request, call);
    }

    @Override
    public void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AwsXml.write(request, response, AwsError.REQUEST_TOO_LARGE.failure(CachedBodyRequest.MAX_BYTES));
    }

    /** The operation: refuses what the emulator does not serve before looking at credentials. */
    private CtyunCall call(Map<String, String> parameters) {
        String action = parameters.get("Action");
        String version = parameters.getOrDefault("Version", CtyunCall.VERSION);
        actions.requireServed(action, version);
        parameters.put("Version", version);
        return new CtyunCall(action, version, Collections.unmodifiableMap(parameters));
    }

    private static Refusal refusal(AwsException failure, Caller claimed) {
        return new Refusal(
                failure.error().code(),
                failure.getMessage(),
                claimed,
                (request, response) -> AwsXml.write(request, response, failure));
    }

    private final class Call implements DialectCall {

        private final CachedBodyRequest request;
        private final CtyunCall call;

        Call(CachedBodyRequest request, CtyunCall call) {
            this.request = request;
            this.call = call;
        }

        @Override
        public Caller authenticate() throws Refusal {
            String header = request.getHeader("Authorization");
            if (header == null || header.isBlank()) {
                throw refusal(AwsError.MISSING_AUTHENTICATION_TOKEN.failure(), null);
            }
            SigV4.Authorization authorization = SigV4.Authorization.parse(header);
            if (authorization == null) {
                throw refusal(AwsError.INCOMPLETE_SIGNATURE.failure(), null);
            }
            String amzDate = request.getHeader("X-Amz-Date");
            if (amzDate == null) {
                throw refusal(
                        AwsError.INCOMPLETE_SIGNATURE.failureWithMessage(
                                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."),
                        null);
            }
            Instant signedAt;
            try {
                signedAt = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw refusal(
                        AwsError.INCOMPLETE_SIGNATURE.failureWithMessage(
                                "X-Amz-Date must be in the ISO8601 Long Format \"yyyyMMdd'T'HHmmss'Z'\""),
                        null);
            }
            if (!SERVICES.contains(authorization.service())
                    || !"aws4_request".equals(authorization.terminal())
                    || !amzDate.startsWith(authorization.date())) {
                throw refusal(
                        AwsError.SIGNATURE_DOES_NOT_MATCH.failureWithMessage(
                                "Credential should be scoped to a valid date and to the service 'iam': "
                                        + authorization.scope()),
                        null);
            }
            KeyCredential key;
            try {
                key = credentials.accessKey(authorization.accessKeyId());
            } catch (AuthenticationException e) {
                throw refusal(AwsError.INVALID_CLIENT_TOKEN_ID.failure(), null);
            }
            checkTime(amzDate, signedAt, key.caller());
            String bodyHash = SigningPrimitives.sha256Hex(request.body());
            String declared = request.getHeader("x-amz-content-sha256");
            String payloadHash = bodyHash;
            if (declared != null && (declared.equals(SigV4.UNSIGNED_PAYLOAD) || declared.startsWith("STREAMING-"))) {
                payloadHash = declared;
            } else if (declared != null && !declared.equalsIgnoreCase(bodyHash)) {
                throw refusal(
                        AwsError.SIGNATURE_DOES_NOT_MATCH.failureWithMessage(
                                "The provided 'x-amz-content-sha256' header does not match what was computed."),
                        key.caller());
            }
            String canonical = SigV4.canonicalRequest(
                    request.getMethod(),
                    request.getRequestURI(),
                    request.getQueryString(),
                    authorization.signedHeaders(),
                    name -> Collections.list(request.getHeaders(name)),
                    payloadHash);
            String stringToSign = SigV4.stringToSign(amzDate, authorization.scope(), canonical);
            boolean matches;
            try {
                matches = credentials.signatureMatches(
                        key,
                        () -> MessageDigest.isEqual(
                                SigV4.signature(
                                                SigV4.signingKey(
                                                        key.secretKey(),
                                                        authorization.date(),
                                                        authorization.region(),
                                                        authorization.service()),
                                                stringToSign)
                                        .getBytes(StandardCharsets.UTF_8),
                                authorization
                                        .signature()
                                        .toLowerCase(Locale.ROOT)
                                        .getBytes(StandardCharsets.UTF_8)));
            } catch (AuthenticationException locked) {
                throw refusal(AwsError.INVALID_CLIENT_TOKEN_ID.failureWithMessage(LOCKED), key.caller());
            }
            if (!matches) {
                throw refusal(AwsError.SIGNATURE_DOES_NOT_MATCH.failure(), key.caller());
            }
            try {
                credentials.requireUsable(key);
            } catch (AuthenticationException e) {
                throw refusal(
                        e.reason() == AuthenticationException.Reason.USER_DISABLED
                                ? AwsError.ACCESS_DENIED.failureWithMessage(
                                        "The user " + key.caller().userName() + " of the access key "
                                                + key.accessKeyId() + " is disabled.")
                                : AwsError.INVALID_CLIENT_TOKEN_ID.failure(),
                        key.caller());
            }
            return key.caller();
        }

        /** The key the request names acts as its user, without verification. */
        @Override
        public Caller claimed() {
            SigV4.Authorization authorization = SigV4.Authorization.parse(request.getHeader("Authorization"));
            return authorization == null ? null : credentials.knownOwner(authorization.accessKeyId());
        }

        @Override
        public void refuseStoreUnavailable(HttpServletResponse response) throws IOException {
            AwsXml.write(request, response, AwsError.SERVICE_UNAVAILABLE.failure());
        }

        @Override
        public HttpServletRequest forwarded() {
            return new DialectRequest(request, call.parameters(), CtyunCall.DIALECT);
        }

        /** Within the allowed skew, in AWS's words. */
        private void checkTime(String amzDate, Instant signedAt, Caller claimed) throws Refusal {
            if (skew.allows(signedAt)) {
                return;
            }
            Instant now = skew.now();
            boolean expired = signedAt.isBefore(now);
            String bound = AMZ_DATE.format(
                    (expired ? now.minus(ClockSkew.ALLOWED) : now.plus(ClockSkew.ALLOWED)).atOffset(ZoneOffset.UTC));
            String server = AMZ_DATE.format(now.atOffset(ZoneOffset.UTC));
            throw refusal(
                    AwsError.SIGNATURE_DOES_NOT_MATCH.failureWithMessage(
                            expired
                                    ? "Signature expired: " + amzDate + " is now earlier than " + bound + " (" + server
                                            + " - 15 min.)"
                                    : "Signature not yet current: " + amzDate + " is still later than " + bound + " ("
                                            + server + " + 15 min.)"),
                    claimed);
        }
    }
}
