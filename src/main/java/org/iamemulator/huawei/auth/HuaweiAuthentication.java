package org.iamemulator.huawei.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.iamemulator.core.credential.KeyCredential;
import org.iamemulator.core.error.AuthenticationException;
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
import org.iamemulator.web.auth.ClockSkew;
import org.iamemulator.web.auth.Credentials;
import org.iamemulator.web.auth.DialectAuthentication;
import org.iamemulator.web.auth.DialectCall;
import org.iamemulator.web.auth.Refusal;
import org.iamemulator.web.auth.RequestParameters;
import org.springframework.stereotype.Component;

/**
 * Who calls the Huawei API, as the real API gateway establishes it before IAM sees the request: an
 * {@code X-Auth-Token}, or an AK/SK signature ({@code SDK-HMAC-SHA256}, {@code V11-HMAC-SHA256}) over the request
 * exactly as received; with temporary credentials also the signed {@code X-Security-Token} issued with the key. Refusals are IAM error bodies ({@code APIGW.*}, {@code IAM.*}) with the request id.
 */
@Component
public class HuaweiAuthentication implements DialectAuthentication {

    /** The paths a POST reaches without credentials (docs/identity.md). */
    private static final String TOKEN_LOGIN = "/v3/auth/tokens";

    private static final Set<String> UNSIGNED_POSTS =
            Set.of(TOKEN_LOGIN, "/v5/agencies/assume-with-oidc", "/v5/agencies/assume-with-saml");

    private static final String SECURITY_TOKEN = "X-Security-Token";
    private static final String SECURITY_TOKEN_SIGNED = "x-security-token";

    private final Credentials credentials;
    private final HuaweiErrorWriter errors;
    private final SdkSignatureVerifier verifier;

    HuaweiAuthentication(Credentials credentials, HuaweiErrorWriter errors, ClockSkew skew) {
        this.credentials = credentials;
        this.errors = errors;
        this.verifier = new SdkSignatureVerifier(skew.clock(), ClockSkew.ALLOWED);
    }

    /**
     * The v5 API and the token API, every request: the body of the calls made without credentials is read under the
     * same size limit too, though {@link #recognise} leaves them to their controllers.
     */
    @Override
    public boolean addresses(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/v5/") || path.startsWith("/v3/auth/");
    }

    /** Every request to the Huawei paths is Huawei's. */
    @Override
    public boolean claimsByHeaders(HttpServletRequest request) {
        return true;
    }

    /**
     * Every request but the calls made without credentials: a password login (how a caller without credentials gets a
     * token) and the federated assumes, whose proof is the identity provider's token. A token login that carries an
     * {@code X-Auth-Token} (the assume_role method) is authenticated by that token.
     */
    @Override
    public DialectCall recognise(CachedBodyRequest request, RequestParameters parameters) {
        return isUnsigned(request) ? null : new Call(request);
    }

    private static boolean isUnsigned(HttpServletRequest request) {
        String path = request.getRequestURI();
        return "POST".equals(request.getMethod())
                && UNSIGNED_POSTS.contains(path)
                && !(TOKEN_LOGIN.equals(path) && request.getHeader("X-Auth-Token") != null);
    }

    @Override
    public void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(
                request,
                response,
                HuaweiError.BODY_TOO_LARGE,
                HuaweiError.BODY_TOO_LARGE.message(CachedBodyRequest.MAX_BYTES));
    }

    private final class Call implements DialectCall {

        private final CachedBodyRequest request;

        Call(CachedBodyRequest request) {
            this.request = request;
        }

        @Override
        public Caller authenticate() throws Refusal {
            String token = request.getHeader("X-Auth-Token");
            if (token != null) {
                try {
                    return credentials.token(token);
                } catch (AuthenticationException e) {
                    throw refusal(AuthenticationErrors.render(e, null), null);
                }
            }
            SdkAuthorization authorization = parseAuthorization();
            KeyCredential key;
            try {
                key = credentials.accessKey(authorization.accessKeyId());
            } catch (AuthenticationException e) {
                throw refusal(AuthenticationErrors.render(e, null), null);
            }
            try {
                if (!credentials.signatureMatches(key, () -> signatureMatches(authorization, key))) {
                    throw refusal(signatureFailure(SignatureException.Reason.SIGNATURE_MISMATCH), key.caller());
                }
            } catch (AuthenticationException e) {
                throw refusal(AuthenticationErrors.render(e, null), key.caller());
            } catch (SignatureException e) {
                throw refusal(signatureFailure(e.reason()), key.caller());
            }
            String domainId = request.getHeader("X-Domain-Id");
            if (domainId != null && !domainId.equals(key.caller().accountId())) {
                throw refusal(
                        AuthenticationErrors.gateway("X-Domain-Id does not match the account of the access key"),
                        key.caller());
            }
            // temporary credentials: the token must be signed too, so that it cannot be swapped under the signature
            String securityToken = request.getHeader(SECURITY_TOKEN);
            if (securityToken != null && !authorization.signedHeaders().contains(SECURITY_TOKEN_SIGNED)) {
                throw refusal(
                        AuthenticationErrors.render(
                                new AuthenticationException(
                                        AuthenticationException.Reason.SECURITY_TOKEN_MISSING, key.accessKeyId()),
                                null),
                        key.caller());
            }
            try {
                credentials.requireUsable(key, securityToken);
            } catch (AuthenticationException e) {
                throw refusal(AuthenticationErrors.render(e, key.accessKeyId()), key.caller());
            }
            return key.caller();
        }

        /** Whoever the token or the key names, unverified; null for no or unknown credentials. */
        @Override
        public Caller claimed() {
            String token = request.getHeader("X-Auth-Token");
            if (token != null) {
                try {
                    return credentials.token(token);
                } catch (AuthenticationException unknown) {
                    return null;
                }
            }
            try {
                return credentials.knownOwner(parseAuthorization().accessKeyId());
            } catch (Refusal malformed) {
                return null;
            }
        }

        @Override
        public void refuseStoreUnavailable(HttpServletResponse response) throws IOException {
            errors.write(request, response, HuaweiError.STORE_UNAVAILABLE, HuaweiError.STORE_UNAVAILABLE.message());
        }

        @Override
        public HttpServletRequest forwarded() {
            return request;
        }

        private SdkAuthorization parseAuthorization() throws Refusal {
            String header = request.getHeader("Authorization");
            if (header == null || header.isBlank()) {
                throw refusal(AuthenticationErrors.gateway("x-auth-token not found"), null);
            }
            try {
                return SdkAuthorization.parse(header);
            } catch (SignatureException e) {
                throw refusal(signatureFailure(e.reason()), null);
            }
        }

        /** False for a wrong signature; a missing or skewed date throws, and does not count toward the lock-out. */
        private boolean signatureMatches(SdkAuthorization authorization, KeyCredential key) {
            try {
                verifier.verify(
                        new SignedRequest(
                                request.getMethod(),
                                request.getRequestURI(),
                                request.getQueryString(),
                                request::getHeader,
                                request.body()),
                        authorization,
                        key.secretKey());
                return true;
            } catch (SignatureException e) {
                if (e.reason() == SignatureException.Reason.SIGNATURE_MISMATCH) {
                    return false;
                }
                throw e;
            }
        }

        private Refusal refusal(Rendered rendered, Caller claimed) {
            return new Refusal(
                    rendered.error().code(),
                    rendered.message(),
                    claimed,
                    (req, res) -> errors.write(req, res, rendered.error(), rendered.message()));
        }
    }

    private static Rendered signatureFailure(SignatureException.Reason reason) {
        return AuthenticationErrors.gateway(
                switch (reason) {
                    case MISSING -> "x-auth-token not found";
                    case MALFORMED -> "the Authorization header is malformed";
                    case UNSUPPORTED_ALGORITHM -> "unsupported signing algorithm";
                    case DATE_MISSING, DATE_INVALID -> "X-Sdk-Date is missing or not in the form yyyyMMddTHHmmssZ";
                    case DATE_SKEWED -> "X-Sdk-Date is more than 15 minutes away from the server time";
                    case SIGNATURE_MISMATCH -> "verify aksk signature fail";
                });
    }
}
