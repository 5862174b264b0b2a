package org.iamemulator.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.core.Ids;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a 32-hex request id before anything else runs, and sends it as {@code X-Request-Id} on every
 * response, success or error: the SDKs read the id from this header, error bodies repeat it. Every response also
 * carries the security headers of {@link #securityHeaders}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    /** Swagger UI's static files: cacheable and shown in a frame by some tools. */
    private static final String SWAGGER_UI = "/swagger-ui";

    private static final String ATTRIBUTE = RequestIdFilter.class.getName();

    /** The id of the request being served. */
    public static String requestId(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        return id != null ? id.toString() : Ids.random();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // an error dispatch keeps the id its request was given, and gets one if it was refused before any filter
        Object given = request.getAttribute(ATTRIBUTE);
        String id = given != null ? given.toString() : Ids.random();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        securityHeaders(request.getRequestURI(), response);
        chain.doFilter(request, response);
    }

    /**
     * {@code X-Content-Type-Options: nosniff} on every response; API answers (credentials, secrets, users) are
     * never to be cached ({@code Cache-Control: no-store}) nor framed ({@code X-Frame-Options: DENY}), Swagger UI's
     * static files excepted.
     */
    public static void securityHeaders(String path, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (path == null || !path.startsWith(SWAGGER_UI)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Frame-Options", "DENY");
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
