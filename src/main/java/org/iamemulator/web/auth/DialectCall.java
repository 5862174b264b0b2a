package org.iamemulator.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.core.identity.Caller;

/** A request a dialect recognised as its own: how its credentials are verified and how the dialect answers it. */
public interface DialectCall {

    /**
     * Verifies the credentials the request carries.
     *
     * @throws Refusal with the answer and the caller the credentials claimed, when they do not hold
     */
    Caller authenticate() throws Refusal;

    /** Off mode: the caller the credentials name, unverified; null when they name no known one. */
    Caller claimed();

    /** Answers that the store cannot be reached (503, so that clients retry). */
    void refuseStoreUnavailable(HttpServletResponse response) throws IOException;

    /** The request as the dialect's controllers are to see it, the caller already attached by the filter. */
    HttpServletRequest forwarded();
}
