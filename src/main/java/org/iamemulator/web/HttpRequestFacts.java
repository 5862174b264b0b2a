package org.iamemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.authz.RequestFacts;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network facts of the request being served: the client's address as the server sees it, whether it came over
 * TLS, and no MFA (the emulator has no MFA devices).
 */
@Component
class HttpRequestFacts implements RequestFacts {

    @Override
    public Map<String, List<String>> current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Map.of();
        }
        HttpServletRequest request = attributes.getRequest();
        return Map.of("g:SourceIp", List.of(request.getRemoteAddr()),
                "g:SecureTransport", List.of(String.valueOf(request.isSecure())),
                "g:MFAPresent", List.of("false"));
    }
}
