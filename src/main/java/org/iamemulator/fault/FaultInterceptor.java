package org.iamemulator.fault;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.iamemulator.web.CallerAttribute;
import org.iamemulator.web.Operations;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies fault rules to requests of the emulated APIs once they are authenticated and their operation is known,
 * before the operation runs: so a throttled or failed request has changed nothing.
 */
@Component
class FaultInterceptor implements HandlerInterceptor {

    private final FaultInjector faults;
    private final List<FaultResponder> responders;

    FaultInterceptor(FaultInjector faults, List<FaultResponder> responders) {
        this.faults = faults;
        this.responders = responders;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException, InterruptedException {
        if (!(handler instanceof HandlerMethod method) || !Operations.isEmulatedApi(request.getRequestURI())) {
            return true;
        }
        Optional<FaultRule> fault =
                faults.pick(Operations.of(request, method), request.getRequestURI(), CallerAttribute.get(request));
        if (fault.isEmpty()) {
            return true;
        }
        FaultRule rule = fault.get();
        switch (rule.effect()) {
            case FaultRule.LATENCY -> {
                long max = rule.latencyMaxMs() == null ? rule.latencyMs() : rule.latencyMaxMs();
                Thread.sleep(ThreadLocalRandom.current().nextLong(rule.latencyMs(), max + 1));
                return true;
            }
            case FaultRule.THROTTLE -> responderFor(request).throttle(request, response);
            case FaultRule.ERROR ->
                responderFor(request).fail(request, response, rule.status() == null ? 500 : rule.status());
            default -> dropConnection(response);
        }
        return false;
    }

    private FaultResponder responderFor(HttpServletRequest request) {
        return responders.stream()
                .filter(responder -> responder.answers(request))
                .findFirst()
                .orElseThrow();
    }

    /** Promises a body and breaks off after its first byte: the client sees the connection end mid-answer. */
    private static void dropConnection(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.setContentLength(1024);
        response.getOutputStream().write('{');
        response.flushBuffer();
    }
}
