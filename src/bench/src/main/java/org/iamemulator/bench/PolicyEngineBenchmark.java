package org.iamemulator.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.iamemulator.policyengine.AttachedPolicy;
import org.iamemulator.policyengine.Decision;
import org.iamemulator.policyengine.PolicyDocument;
import org.iamemulator.policyengine.PolicyEngine;
import org.iamemulator.policyengine.RequestContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating compiled policies as the emulator does per request: one tag-conditioned Allow among {@code policies}
 * attached policies (the others about unrelated actions), and a parse (compile) of one document for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PolicyEngineBenchmark {

    private static final String TAGGED = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
            + "[\"iam:users:getUserV5\",\"iam:users:showUserLastLoginV5\"],\"Resource\":[\"iam::*:user:*\"],"
            + "\"Condition\":{\"StringEquals\":{\"g:PrincipalTag/team\":[\"dev\"]},"
            + "\"StringLike\":{\"g:ResourceTag/env\":[\"te*\"]}}}]}";

    @Param({"1", "10"})
    public int policies;

    private final PolicyEngine engine = new PolicyEngine();
    private List<AttachedPolicy> attached;
    private RequestContext allowed;
    private RequestContext denied;

    @Setup
    public void compile() {
        attached = new ArrayList<>();
        for (int i = 1; i < policies; i++) {
            attached.add(new AttachedPolicy(
                    "p" + i,
                    "v1",
                    PolicyDocument.parse("{\"Version\":\"5.0\",\"Statement\":"
                            + "[{\"Effect\":\"Allow\",\"Action\":[\"iam:groups:*\",\"iam:policies:list*\"]},"
                            + "{\"Effect\":\"Deny\",\"Action\":[\"iam:users:delete*\"]}]}")));
        }
        attached.add(new AttachedPolicy("tagged", "v1", PolicyDocument.parse(TAGGED)));
        allowed = context("dev");
        denied = context("ops");
    }

    private static RequestContext context(String team) {
        return RequestContext.builder()
                .action("iam:users:getUserV5")
                .resource("iam::e2a7c4b8d1f0496a8b3c5d7e9f1a2b4c:user:alice")
                .principalIsRoot(false)
                .condition("g:principaltag/team", team)
                .condition("g:resourcetag/env", "test")
                .condition("g:principalaccount", "e2a7c4b8d1f0496a8b3c5d7e9f1a2b4c")
                .condition("g:currenttime", "2026-01-01T12:00:00Z")
                .build();
    }

    @Benchmark
    public Decision evaluateAllowed() {
        return engine.evaluate(allowed, attached);
    }

    @Benchmark
    public Decision evaluateImplicitDeny() {
        return engine.evaluate(denied, attached);
    }

    @Benchmark
    public PolicyDocument compileDocument() {
        return PolicyDocument.parse(TAGGED);
    }
}
