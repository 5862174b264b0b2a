package org.iamemulator.policyengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iamemulator.policyengine.PolicyTestSupport.doc;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A session's permissions: the agency's identity policies limited by the session policies (both must allow). */
class LimitedEvaluationTest {

    private static final PolicyEngine ENGINE = new PolicyEngine();
    private static final RequestContext GET_USER = RequestContext.builder()
            .action("iam:users:getUserV5")
            .resource("iam::" + PolicyTestSupport.ACCT + ":user:alice")
            .build();
    private static final RequestContext DELETE_USER = RequestContext.builder()
            .action("iam:users:deleteUserV5")
            .resource("iam::" + PolicyTestSupport.ACCT + ":user:alice")
            .build();

    private static final List<AttachedPolicy> AGENCY = List.of(policy("agency", "Allow", "iam:users:*"));
    private static final List<AttachedPolicy> SESSION_GET = List.of(policy("session", "Allow", "iam:users:getUserV5"));

    @Test
    void withoutSessionPoliciesTheAgencyPoliciesDecide() {
        PolicyEngine.LimitedDecision decision = ENGINE.evaluateLimited(DELETE_USER, AGENCY, null);

        assertThat(decision.decision().outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(decision.refusedByLimit()).isFalse();
    }

    @Test
    void anActionBothAllowIsAllowedWithTheStatementsOfBoth() {
        PolicyEngine.LimitedDecision decision = ENGINE.evaluateLimited(GET_USER, AGENCY, SESSION_GET);

        assertThat(decision.decision().outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(decision.decision().deciding())
                .extracting(DecidingStatement::policyId)
                .containsExactly("agency", "session");
    }

    @Test
    void theSessionPolicyNarrowsWhatTheAgencyAllows() {
        PolicyEngine.LimitedDecision decision = ENGINE.evaluateLimited(DELETE_USER, AGENCY, SESSION_GET);

        assertThat(decision.decision().outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
        assertThat(decision.refusedByLimit()).isTrue();
    }

    @Test
    void theSessionPolicyDoesNotWidenWhatTheAgencyAllows() {
        List<AttachedPolicy> sessionAll = List.of(policy("session", "Allow", "*"));

        PolicyEngine.LimitedDecision decision = ENGINE.evaluateLimited(
                RequestContext.builder().action("iam:policies:createV5").build(), AGENCY, sessionAll);

        assertThat(decision.decision().outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
        assertThat(decision.refusedByLimit()).isFalse();
    }

    @Test
    void anExplicitDenyOfTheSessionPolicyWins() {
        List<AttachedPolicy> sessionDeny = List.of(policy("session", "Deny", "iam:users:getUserV5"));

        PolicyEngine.LimitedDecision decision = ENGINE.evaluateLimited(GET_USER, AGENCY, sessionDeny);

        assertThat(decision.decision().outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
        assertThat(decision.decision().deciding())
                .extracting(DecidingStatement::policyId)
                .containsExactly("session");
        assertThat(decision.refusedByLimit()).isTrue();
    }

    @Test
    void anExplicitDenyOfTheAgencyWinsOverAnAllowingSessionPolicy() {
        List<AttachedPolicy> agencyDeny = List.of(policy("agency", "Deny", "iam:users:getUserV5"));

        PolicyEngine.LimitedDecision decision = ENGINE.evaluateLimited(GET_USER, agencyDeny, SESSION_GET);

        assertThat(decision.decision().outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
        assertThat(decision.refusedByLimit()).isFalse();
    }

    @Test
    void sessionPoliciesThatAreAllGoneAllowNothing() {
        PolicyEngine.LimitedDecision decision = ENGINE.evaluateLimited(GET_USER, AGENCY, List.of());

        assertThat(decision.decision().outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
        assertThat(decision.refusedByLimit()).isTrue();
    }

    private static AttachedPolicy policy(String id, String effect, String action) {
        return new AttachedPolicy(
                id,
                "v1",
                doc("{'Version':'5.0','Statement':[{'Effect':'" + effect + "','Action':['" + action + "']}]}"));
    }
}
