package org.iamemulator.support.postgres;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs a test class only when the test PostgreSQL server answers; otherwise it is skipped, saying why. */
public class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String reason = TestPostgres.unavailableReason();
        if (reason == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL is reachable at " + TestPostgres.URL);
        }
        String message = "SKIPPED (no PostgreSQL): " + reason;
        System.err.println(context.getDisplayName() + ": " + message);
        return ConditionEvaluationResult.disabled(message);
    }
}
