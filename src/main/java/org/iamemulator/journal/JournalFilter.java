package org.iamemulator.journal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.iamemulator.core.authz.AuthorizationObserver;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.policyengine.DecidingStatement;
import org.iamemulator.policyengine.Outcome;
import org.iamemulator.web.CallerAttribute;
import org.iamemulator.web.Operations;
import org.iamemulator.web.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every request to an emulated API in the {@link RequestJournal} and writes one access-log line for it
 * (logger {@code org.iamemulator.access}): request id, operation, principal, decision, status, latency. Query
 * strings, headers and bodies are never logged: they can carry signatures and secrets.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class JournalFilter extends OncePerRequestFilter implements AuthorizationObserver {

    private static final Logger access = LoggerFactory.getLogger("org.iamemulator.access");
    private static final String DECISION = JournalFilter.class.getName() + ".decision";

    private final RequestJournal journal;
    private final RequestMetrics metrics;
    private final Operations operations;
    private final Clock clock;

    JournalFilter(RequestJournal journal, RequestMetrics metrics, Operations operations, Clock clock) {
        this.journal = journal;
        this.metrics = metrics;
        this.operations = operations;
        this.clock = clock;
    }

    /** The decision that mattered for the request: a denial if there was one, else the last allow. */
    private record Decided(
            String action, String resource, Outcome outcome, List<DecidingStatement> deciding, boolean enforced) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Operations.isEmulatedApi(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant start = clock.instant();
        long startNanos = System.nanoTime();
        journal.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            try {
                record(request, response.getStatus(), start, (System.nanoTime() - startNanos) / 1_000_000);
            } finally {
                journal.end();
            }
        }
    }

    @Override
    public void decided(
            Caller caller,
            String action,
            String resourceUrn,
            Outcome outcome,
            List<DecidingStatement> deciding,
            boolean enforced,
            long evaluationNanos) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return; // not an HTTP request (seeding, the simulator's own evaluations)
        }
        Decided previous = (Decided) attributes.getAttribute(DECISION, RequestAttributes.SCOPE_REQUEST);
        if (previous == null || previous.outcome() == Outcome.ALLOW) {
            attributes.setAttribute(
                    DECISION,
                    new Decided(action, resourceUrn, outcome, deciding, enforced),
                    RequestAttributes.SCOPE_REQUEST);
        }
    }

    private void record(HttpServletRequest request, int status, Instant start, long durationMs) {
        Caller caller = CallerAttribute.get(request);
        Decided decided = (Decided) request.getAttribute(DECISION);
        String operation = operations.of(request);
        String decision =
                decided == null ? null : decided.outcome().name() + (decided.enforced() ? "" : " (not enforced)");
        JournalEntry entry = new JournalEntry(
                start.toString(),
                RequestIdFilter.requestId(request),
                request.getMethod(),
                request.getRequestURI(),
                operation,
                caller == null ? null : caller.accountId(),
                caller == null ? null : caller.urn(),
                caller == null ? null : caller.principalId(),
                decided == null ? null : decided.action(),
                decided == null ? null : decided.resource(),
                decision,
                decided == null
                        ? null
                        : decided.deciding().stream()
                                .map(JournalFilter::describe)
                                .toList(),
                status,
                durationMs);
        journal.add(entry);
        metrics.request(
                operation, status, decided == null ? null : decided.outcome().name());
        access.info(
                "request_id={} method={} path={} operation={} principal={} decision={} status={} duration_ms={}",
                entry.requestId(),
                entry.method(),
                entry.path(),
                operation,
                entry.principal(),
                decision,
                status,
                durationMs);
    }

    private static String describe(DecidingStatement statement) {
        return statement.policyId() + "/" + statement.versionId() + "/Statement[" + statement.statementIndex() + "]"
                + (statement.sid() == null ? "" : " (" + statement.sid() + ")") + " " + statement.effect();
    }
}
