package org.iamemulator.huawei.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.credential.CredentialAuthenticator;
import org.iamemulator.core.credential.KeyCredential;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.core.identity.AuthMode;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.huawei.error.AuthenticationErrors;
import org.iamemulator.huawei.error.AuthenticationErrors.Rendered;
import org.iamemulator.huawei.error.HuaweiError;
import org.iamemulator.huawei.error.HuaweiErrorWriter;
import org.iamemulator.huawei.signing.SdkAuthorization;
import org.iamemulator.huawei.signing.SdkSignatureVerifier;
import org.iamemulator.huawei.signing.SignatureException;
import org.iamemulator.huawei.signing.SignedRequest;
import org.iamemulator.web.CachedBodyRequest;
import org.iamemulator.web.CallerAttribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Establishes who calls the Huawei API, as the real API gateway does before IAM sees the request: an
 * {@code X-Auth-Token}, or an AK/SK signature ({@code SDK-HMAC-SHA256}, {@code V11-HMAC-SHA256}) over the request
 * exactly as received. {@code emulator.auth.mode} decides what happens to requests that fail.
 */
@Component
class HuaweiAuthenticationFilter extends OncePerRequestFilter {

    static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(HuaweiAuthenticationFilter.class);

    private final CredentialAuthenticator authenticator;
    private final AccountService accounts;
    private final EmulatorProperties properties;
    private final HuaweiErrorWriter errors;
    private final SdkSignatureVerifier verifier;

    HuaweiAuthenticationFilter(CredentialAuthenticator authenticator, AccountService accounts,
            EmulatorProperties properties, HuaweiErrorWriter errors, Clock clock) {
        this.authenticator = authenticator;
        this.accounts = accounts;
        this.properties = properties;
        this.errors = errors;
        this.verifier = new SdkSignatureVerifier(clock, ALLOWED_CLOCK_SKEW);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean huaweiApi = path.startsWith("/v5/") || path.startsWith("/v3/auth/");
        // a password login is how a caller without credentials gets a token
        boolean passwordLogin = path.equals("/v3/auth/tokens") && "POST".equals(request.getMethod());
        return !huaweiApi || passwordLogin;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CachedBodyRequest cached;
        try {
            cached = CachedBodyRequest.read(request);
        } catch (CachedBodyRequest.TooLarge e) {
            errors.write(request, response, HuaweiError.BODY_TOO_LARGE,
                    HuaweiError.BODY_TOO_LARGE.message(CachedBodyRequest.MAX_BYTES));
            return;
        }
        Caller caller;
        try {
            caller = properties.auth().mode() == AuthMode.OFF ? anyWellFormed(cached) : authenticate(cached);
        } catch (RuntimeException e) {
            if (!StoreOutage.causedBy(e)) {
                throw e;
            }
            errors.write(request, response, HuaweiError.STORE_UNAVAILABLE, HuaweiError.STORE_UNAVAILABLE.message());
            return;
        } catch (Rejected rejected) {
            if (properties.auth().mode() == AuthMode.STRICT) {
                errors.write(request, response, rejected.rendered.error(), rejected.rendered.message());
                return;
            }
            log.warn("auth mode soft: would have refused {} {} with {} ({})", request.getMethod(),
                    request.getRequestURI(), rejected.rendered.error().code(), rejected.rendered.message());
            caller = rejected.claimed != null ? rejected.claimed : defaultRoot();
        }
        CallerAttribute.set(cached, caller);
        chain.doFilter(cached, response);
    }

    private Caller authenticate(CachedBodyRequest request) throws Rejected {
        String token = request.getHeader("X-Auth-Token");
        if (token != null) {
            try {
                return authenticator.token(token);
            } catch (AuthenticationException e) {
                throw new Rejected(AuthenticationErrors.render(e, null), null);
            }
        }
        SdkAuthorization authorization = parseAuthorization(request);
        KeyCredential key;
        try {
            key = authenticator.accessKey(authorization.accessKeyId());
        } catch (AuthenticationException e) {
            throw new Rejected(AuthenticationErrors.render(e, null), null);
        }
        try {
            if (!authenticator.signatureMatches(key, () -> signatureMatches(request, authorization, key))) {
                throw new Rejected(signatureFailure(SignatureException.Reason.SIGNATURE_MISMATCH), key.caller());
            }
        } catch (AuthenticationException e) {
            throw new Rejected(AuthenticationErrors.render(e, null), key.caller());
        } catch (SignatureException e) {
            throw new Rejected(signatureFailure(e.reason()), key.caller());
        }
        String domainId = request.getHeader("X-Domain-Id");
        if (domainId != null && !domainId.equals(key.caller().accountId())) {
            throw new Rejected(AuthenticationErrors.gateway("X-Domain-Id does not match the account of the access key"),
                    key.caller());
        }
        try {
            authenticator.requireUsable(key);
        } catch (AuthenticationException e) {
            throw new Rejected(AuthenticationErrors.render(e, key.accessKeyId()), key.caller());
        }
        return key.caller();
    }

    /** Off mode: whoever the credentials name, unverified; no or unknown credentials act as the default root. */
    private Caller anyWellFormed(CachedBodyRequest request) {
        try {
            String token = request.getHeader("X-Auth-Token");
            return token != null ? authenticator.token(token)
                    : authenticator.accessKey(parseAuthorization(request).accessKeyId()).caller();
        } catch (AuthenticationException | Rejected unknown) {
            return defaultRoot();
        }
    }

    private SdkAuthorization parseAuthorization(HttpServletRequest request) throws Rejected {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            throw new Rejected(AuthenticationErrors.gateway("x-auth-token not found"), null);
        }
        try {
            return SdkAuthorization.parse(header);
        } catch (SignatureException e) {
            throw new Rejected(signatureFailure(e.reason()), null);
        }
    }

    private static SignedRequest signedRequest(CachedBodyRequest request) {
        return new SignedRequest(request.getMethod(), request.getRequestURI(), request.getQueryString(),
                request::getHeader, request.body());
    }

    /** False for a wrong signature; a missing or skewed date still throws, and does not count toward the lock-out. */
    private boolean signatureMatches(CachedBodyRequest request, SdkAuthorization authorization, KeyCredential key) {
        try {
            verifier.verify(signedRequest(request), authorization, key.secretKey());
            return true;
        } catch (SignatureException e) {
            if (e.reason() == SignatureException.Reason.SIGNATURE_MISMATCH) {
                return false;
            }
            throw e;
        }
    }

    private static Rendered signatureFailure(SignatureException.Reason reason) {
        return AuthenticationErrors.gateway(switch (reason) {
            case MISSING -> "x-auth-token not found";
            case MALFORMED -> "the Authorization header is malformed";
            case UNSUPPORTED_ALGORITHM -> "unsupported signing algorithm";
            case DATE_MISSING, DATE_INVALID -> "X-Sdk-Date is missing or not in the form yyyyMMddTHHmmssZ";
            case DATE_SKEWED -> "X-Sdk-Date is more than 15 minutes away from the server time";
            case SIGNATURE_MISMATCH -> "verify aksk signature fail";
        });
    }

    private Caller defaultRoot() {
        return accounts.rootCaller(properties.accountId());
    }

    /** A refused request: how to answer it, and whom its credentials claimed (for soft mode). */
    private static final class Rejected extends Exception {

        private final transient Rendered rendered;
        private final transient Caller claimed;

        Rejected(Rendered rendered, Caller claimed) {
            super(null, null, false, false);
            this.rendered = rendered;
            this.claimed = claimed;
        }
    }
}
