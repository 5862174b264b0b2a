package org.iamemulator.control;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.huawei.error.HuaweiError;
import org.iamemulator.huawei.error.HuaweiErrorWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Guards the control API with {@code emulator.control.token} when one is configured. */
@Component
class ControlAccessFilter extends OncePerRequestFilter {

    private final byte[] expected;
    private final HuaweiErrorWriter errors;

    ControlAccessFilter(EmulatorProperties properties, HuaweiErrorWriter errors) {
        String token = properties.control().token();
        this.expected = token == null || token.isBlank() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.errors = errors;
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
            errors.write(request, response, HuaweiError.CONTROL_TOKEN_REQUIRED,
                    HuaweiError.CONTROL_TOKEN_REQUIRED.message());
            return;
        }
        chain.doFilter(request, response);
    }
}
