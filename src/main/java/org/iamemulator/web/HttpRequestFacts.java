package org.iamemulator.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.authz.RequestFacts;
import org.iamemulator.core.identity.Caller;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The facts of the request being served: the client's address as the server sees it, whether it came over TLS,
 * and whether its credentials come from an MFA login ({@code g:MFAPresent}) and how many seconds ago that login was
 * ({@code g:MFAAge}, only then).
 */
@Component
class HttpRequestFacts implements RequestFacts {

    private final Clock clock;

    HttpRequestFacts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Map<String, List<String>> current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Map.of();
        }
        HttpServletRequest request = attributes.getRequest();
        Map<String, List<String>> facts = new HashMap<>();
        facts.put("g:SourceIp", List.of(request.getRemoteAddr()));
        facts.put("g:SecureTransport", List.of(String.valueOf(request.isSecure())));
        Caller caller = CallerAttribute.get(request);
        boolean mfa = caller != null && caller.mfaAuthenticatedAt() != null;
        facts.put("g:MFAPresent", List.of(String.valueOf(mfa)));
        if (mfa) {
            long age = Duration.between(caller.mfaAuthenticatedAt(), clock.instant())
                    .toSeconds();
            facts.put("g:MFAAge", List.of(String.valueOf(Math.max(0, age))));
        }
        return facts;
    }
}
