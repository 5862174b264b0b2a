package org.iamemulator.journal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iamemulator.core.authz.AuthorizationObserver;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.policyengine.DecidingStatement;
import org.iamemulator.policyengine.Outcome;
import org.springframework.stereotype.Component;

/**
 * Prometheus metrics of the emulated APIs: {@code iam_emulator_requests_total} by operation, status and decision,
 * and {@code iam_emulator_policy_evaluation_seconds} by outcome.
 */
@Component
class RequestMetrics implements AuthorizationObserver {

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void request(String operation, int status, String decision) {
        Counter.builder("iam.emulator.requests")
                .description("Requests to the emulated APIs")
                .tag("operation", operation == null ? "unknown" : operation)
                .tag("status", Integer.toString(status))
                .tag("decision", decision == null ? "none" : decision)
                .register(registry)
                .increment();
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
        if (evaluationNanos > 0) {
            Timer.builder("iam.emulator.policy.evaluation")
                    .description("Time to evaluate identity policies for one permission check")
                    .tag("outcome", outcome.name())
                    .register(registry)
                    .record(evaluationNanos, TimeUnit.NANOSECONDS);
        }
    }
}
