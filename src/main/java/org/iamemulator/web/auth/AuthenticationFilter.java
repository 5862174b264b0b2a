package org.iamemulator.web.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.core.identity.AuthMode;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.CachedBodyRequest;
import org.iamemulator.web.CallerAttribute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Establishes who calls, for every dialect: reads the body once (up to {@link CachedBodyRequest#MAX_BYTES}), finds
 * the dialect whose request it is (the dialects are asked in the given order), and applies
 * {@code emulator.auth.mode}: {@code strict} answers a refusal in the dialect's format, {@code soft} logs it and goes
 * on as the claimed caller (else the default root), {@code off} acts as whoever the credentials name, unverified
 * (else the default root). A store that cannot be reached is answered with the dialect's 503. The dialect's
 * controllers receive the caller through {@link CallerAttribute}. Requests no dialect takes pass untouched.
 */
public class AuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuthenticationFilter.class);

    private final List<DialectAuthentication> dialects;
    private final Supplier<AuthMode> mode;
    private final Supplier<Caller> defaultRoot;

    /**
     * @param dialects    in the order they are asked: the first that takes a request has it
     * @param mode        the current {@code emulator.auth.mode}
     * @param defaultRoot the root user of the default account, who acts when no credentials name a caller
     */
    public AuthenticationFilter(
            List<DialectAuthentication> dialects, Supplier<AuthMode> mode, Supplier<Caller> defaultRoot) {
        this.dialects = List.copyOf(dialects);
        this.mode = mode;
        this.defaultRoot = defaultRoot;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        for (DialectAuthentication dialect : dialects) {
            if (dialect.addresses(request)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CachedBodyRequest cached;
        try {
            cached = CachedBodyRequest.read(request);
        } catch (CachedBodyRequest.TooLarge e) {
            DialectAuthentication claimant = claimantByHeaders(request);
            if (claimant != null) {
                claimant.refuseTooLarge(request, response);
            } else if (e.unread()) {
                chain.doFilter(request, response); // nobody's by its headers: the path's own answer
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        RequestParameters parameters = new RequestParameters(cached);
        for (DialectAuthentication dialect : dialects) {
            if (!dialect.addresses(cached)) {
                continue;
            }
            DialectCall call;
            try {
                call = dialect.recognise(cached, parameters);
            } catch (Refusal unsupported) {
                unsupported.answer(cached, response);
                return;
            }
            if (call != null) {
                authenticate(call, cached, response, chain);
                return;
            }
        }
        chain.doFilter(cached, response);
    }

    private DialectAuthentication claimantByHeaders(HttpServletRequest request) {
        for (DialectAuthentication dialect : dialects) {
            if (dialect.addresses(request) && dialect.claimsByHeaders(request)) {
                return dialect;
            }
        }
        return null;
    }

    private void authenticate(
            DialectCall call, CachedBodyRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AuthMode current = mode.get();
        Caller caller;
        try {
            if (current == AuthMode.OFF) {
                Caller claimed = call.claimed();
                caller = claimed != null ? claimed : defaultRoot.get();
            } else {
                caller = call.authenticate();
            }
        } catch (RuntimeException e) {
            if (!StoreOutage.causedBy(e)) {
                throw e;
            }
            call.refuseStoreUnavailable(response);
            return;
        } catch (Refusal refusal) {
            if (current == AuthMode.STRICT) {
                refusal.answer(request, response);
                return;
            }
            log.warn(
                    "auth mode soft: would have refused {} {} with {} ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    refusal.code(),
                    refusal.getMessage());
            caller = refusal.claimed() != null ? refusal.claimed() : defaultRoot.get();
        }
        HttpServletRequest forwarded = call.forwarded();
        CallerAttribute.set(forwarded, caller);
        chain.doFilter(forwarded, response);
    }
}
