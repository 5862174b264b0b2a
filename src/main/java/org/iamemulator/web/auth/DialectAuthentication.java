package org.iamemulator.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.web.CachedBodyRequest;

/**
 * One dialect's part in authentication, as Spring Authorization Server splits it into a converter and a provider:
 * recognise the dialect's requests, verify them ({@link DialectCall}), and say no in the dialect's wire format.
 * Everything else (the body limit, the mode, store outages, soft-mode logging, the default root) is the
 * {@link AuthenticationFilter}'s.
 */
public interface DialectAuthentication {

    /** Whether the request's path is one this dialect may serve; a request no dialect addresses passes unread. */
    boolean addresses(HttpServletRequest request);

    /**
     * Whether the headers alone (and the path) make the request this dialect's, before its body is read: a body over
     * the limit is then refused in this dialect's format.
     */
    boolean claimsByHeaders(HttpServletRequest request);

    /**
     * The request as a call of this dialect, or null when it is not this dialect's (the next dialect is asked).
     *
     * @throws Refusal for an operation the dialect does not serve: answered before the credentials are looked at,
     *                 whatever the mode
     */
    DialectCall recognise(CachedBodyRequest request, RequestParameters parameters) throws Refusal;

    /** Answers a request this dialect claimed by its headers whose body is over {@link CachedBodyRequest#MAX_BYTES}. */
    void refuseTooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
