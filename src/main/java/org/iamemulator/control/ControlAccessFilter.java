package org.iamemulator.control;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.web.IamErrorBody;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Guards the control API with {@code emulator.control.token} when one is configured. */
@Component
class ControlAccessFilter extends OncePerRequestFilter {

    /** The emulator's own error code (no cloud has it), in the IAM error body of the rest of the control API. */
    static final String TOKEN_REQUIRED_CODE = "EMULATOR.0001";

    static final String TOKEN_REQUIRED_MESSAGE =
            "The control API needs the header Authorization: Bearer <emulator.control.token>.";

    private final byte[] expected;

    ControlAccessFilter(EmulatorProperties properties) {
        String token = properties.control().token();
        this.expected = token == null || token.isBlank() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return expected == null || !request.getRequestURI().startsWith("/_emulator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader("Authorization");
        if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            IamErrorBody.write(
                    request,
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    TOKEN_REQUIRED_CODE,
                    TOKEN_REQUIRED_MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
