package org.iamemulator.huawei.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Answers a path that Spring MVC cannot decode (a matrix parameter such as {@code ;a=%zz}) with 400 before it reaches
 * the dispatcher, which would fail on it with an exception the container logs as an error with its stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnparsablePathFilter extends OncePerRequestFilter {

    private final HuaweiErrorWriter writer;

    UnparsablePathFilter(HuaweiErrorWriter writer) {
        this.writer = writer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            ServletRequestPathUtils.parseAndCache(request);
        } catch (IllegalArgumentException unparsable) {
            writer.write(
                    request, response, HuaweiError.PARAMETER_INVALID, HuaweiError.PARAMETER_INVALID.message("request"));
            return;
        } finally {
            ServletRequestPathUtils.clearParsedRequestPath(request);
        }
        chain.doFilter(request, response);
    }
}
