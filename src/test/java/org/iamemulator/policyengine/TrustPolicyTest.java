package org.iamemulator.policyengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.policyengine.PolicyTestSupport.ACCT;
import static org.iamemulator.policyengine.PolicyTestSupport.j;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trust policies: their grammar (Principal / NotPrincipal) and who they let assume an agency, on which conditions. */
class TrustPolicyTest {

    private static final String OTHER = "ffffffffffffffffffffffffffffffff";
    private static final String AGENCY = "iam::" + ACCT + ":agency:deployer";
    private static final String ASSUME = "sts:agencies:assume";
    private static final TrustPrincipal ALICE = TrustPrincipal.iam(ACCT, "iam::" + ACCT + ":user:alice");
    private static final TrustPrincipal BOB = TrustPrincipal.iam(ACCT, "iam::" + ACCT + ":user:bob");
    private static final TrustPrincipal STRANGER = TrustPrincipal.iam(OTHER, "iam::" + OTHER + ":user:alice");

    @Test
    void anAccountIdTrustsEveryPrincipalOfThatAccountOnly() {
        TrustPolicy trust = trust("{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'IAM':['" + ACCT
                + "']},'Action':['sts:agencies:assume']}]}");

        assertThat(decide(trust, ALICE, ASSUME).deciding())
                .containsExactly(new DecidingStatement(TrustPolicy.POLICY_ID, null, 0, null, Effect.ALLOW));
        assertThat(decide(trust, BOB, ASSUME).outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(decide(trust, STRANGER, ASSUME).outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
        assertThat(decide(trust, ALICE, "sts::tagSession").outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
        assertThat(decide(trust, TrustPrincipal.service("service.APIG"), ASSUME).outcome())
                .isEqualTo(Outcome.IMPLICIT_DENY);
    }

    @ParameterizedTest(name = "[{index}] IAM {0} -> alice {1}, bob {2}, other account {3}")
    @CsvSource({
        "iam::" + ACCT + ":root, ALLOW, ALLOW, IMPLICIT_DENY",
        "iam::" + ACCT + ":user:alice, ALLOW, IMPLICIT_DENY, IMPLICIT_DENY",
        "iam::" + OTHER + ":user:alice, IMPLICIT_DENY, IMPLICIT_DENY, ALLOW",
        "*, ALLOW, ALLOW, ALLOW",
    })
    void urnFormsNameAnAccountOrOnePrincipal(String value, Outcome alice, Outcome bob, Outcome stranger) {
        TrustPolicy trust = trust("{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'IAM':['" + value
                + "']},'Action':['sts:agencies:assume']}]}");

        assertThat(decide(trust, ALICE, ASSUME).outcome()).isEqualTo(alice);
        assertThat(decide(trust, BOB, ASSUME).outcome()).isEqualTo(bob);
        assertThat(decide(trust, STRANGER, ASSUME).outcome()).isEqualTo(stranger);
    }

    @Test
    void servicesAndIdentityProvidersAreTheirOwnPrincipalTypes() {
        String provider = "iam::" + ACCT + ":identity-provider:oidc/github";
        TrustPolicy trust = trust("{'Version':'5.0','Statement':[{'Effect':'Allow',"
                + "'Principal':{'Service':['service.APIG'],'Identity_provider':['" + provider + "']},"
                + "'Action':['sts:agencies:assume']}]}");

        assertThat(decide(trust, TrustPrincipal.service("service.apig"), ASSUME).outcome())
                .isEqualTo(Outcome.ALLOW);
        assertThat(decide(trust, TrustPrincipal.service("service.ECS"), ASSUME).outcome())
                .isEqualTo(Outcome.IMPLICIT_DENY);
        assertThat(decide(trust, TrustPrincipal.identityProvider(provider), ASSUME)
                        .outcome())
                .isEqualTo(Outcome.ALLOW);
        assertThat(decide(trust, ALICE, ASSUME).outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    }

    @Test
    void aDenyWinsOverAnAllowAndNotPrincipalExcludesTheListed() {
        TrustPolicy trust = trust("{'Version':'5.0','Statement':["
                + "{'Sid':'Everyone','Effect':'Allow','Principal':{'IAM':['" + ACCT + "']},'Action':['sts:*:*']},"
                + "{'Sid':'AllButAlice','Effect':'Deny','NotPrincipal':{'IAM':['iam::" + ACCT + ":user:alice']},"
                + "'Action':['sts::tagSession']}]}");

        assertThat(decide(trust, ALICE, "sts::tagSession").outcome()).isEqualTo(Outcome.ALLOW);
        Decision bob = decide(trust, BOB, "sts::tagSession");
        assertThat(bob.outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
        assertThat(bob.deciding()).extracting(DecidingStatement::sid).containsExactly("AllButAlice");
        assertThat(decide(trust, BOB, ASSUME).outcome()).isEqualTo(Outcome.ALLOW);
        // NotPrincipal also covers principals of other accounts: the Deny applies to them, the Allow does not
        assertThat(decide(trust, STRANGER, "sts::tagSession").outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
    }

    @Test
    void conditionsSeeTheStsKeysOfTheRequest() {
        TrustPolicy trust = trust("{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'IAM':['*']},"
                + "'Action':['sts:agencies:assume'],'Condition':{"
                + "'StringEquals':{'sts:ExternalId':['ext-42'],'g:SourceAccount':['" + ACCT + "']},"
                + "'StringLike':{'sts:AgencySessionName':['ci-*']}}}]}");

        RequestContext.Builder good = RequestContext.builder()
                .action(ASSUME)
                .resource(AGENCY)
                .condition(ConditionKeys.STS_EXTERNAL_ID, "ext-42")
                .condition(ConditionKeys.SOURCE_ACCOUNT, ACCT)
                .condition(ConditionKeys.STS_AGENCY_SESSION_NAME, "ci-build-7");
        assertThat(trust.evaluate(ALICE, good.build()).outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(trust.evaluate(
                                ALICE,
                                RequestContext.builder()
                                        .action(ASSUME)
                                        .resource(AGENCY)
                                        .condition(ConditionKeys.STS_EXTERNAL_ID, "wrong")
                                        .condition(ConditionKeys.SOURCE_ACCOUNT, ACCT)
                                        .condition(ConditionKeys.STS_AGENCY_SESSION_NAME, "ci-build-7")
                                        .build())
                        .outcome())
                .isEqualTo(Outcome.IMPLICIT_DENY);
        assertThat(trust.evaluate(
                                ALICE,
                                RequestContext.builder()
                                        .action(ASSUME)
                                        .resource(AGENCY)
                                        .condition(ConditionKeys.STS_EXTERNAL_ID, "ext-42")
                                        .condition(ConditionKeys.SOURCE_ACCOUNT, ACCT)
                                        .build())
                        .outcome())
                .isEqualTo(Outcome.IMPLICIT_DENY);
    }

    @Test
    void sessionTagsAreCheckedWithRequestTagAndTagKeys() {
        TrustPolicy trust = trust("{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'IAM':['" + ACCT
                + "']},'Action':['sts::tagSession'],'Condition':{'StringEquals':{'g:RequestTag/team':['dev']},"
                + "'ForAllValues:StringEquals':{'g:TagKeys':['team','env']}}}]}");

        RequestContext tagged = RequestContext.builder()
                .action("sts::tagSession")
                .resource(AGENCY)
                .condition("g:RequestTag/team", "dev")
                .condition(ConditionKeys.TAG_KEYS, List.of("team"))
                .build();
        RequestContext extraKey = RequestContext.builder()
                .action("sts::tagSession")
                .resource(AGENCY)
                .condition("g:RequestTag/team", "dev")
                .condition(ConditionKeys.TAG_KEYS, List.of("team", "cost"))
                .build();
        assertThat(trust.evaluate(ALICE, tagged).outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(trust.evaluate(ALICE, extraKey).outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    }

    @Test
    void aResourceNarrowsTheStatementToTheAgency() {
        TrustPolicy trust = trust("{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'IAM':['" + ACCT
                + "']},'Action':['sts:agencies:assume'],'Resource':['iam::" + ACCT + ":agency:deploy*']}]}");

        assertThat(decide(trust, ALICE, ASSUME).outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(trust.evaluate(
                                ALICE,
                                RequestContext.builder()
                                        .action(ASSUME)
                                        .resource("iam::" + ACCT + ":agency:admin")
                                        .build())
                        .outcome())
                .isEqualTo(Outcome.IMPLICIT_DENY);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '`',
            value = {
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['sts:agencies:assume']}]};"
                        + " Statement[0]: one of Principal or NotPrincipal is required",
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'IAM':['" + ACCT + "']},"
                        + "'NotPrincipal':{'IAM':['" + ACCT + "']},'Action':['sts:agencies:assume']}]};"
                        + " Statement[0]: Principal and NotPrincipal cannot both be present",
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{},'Action':['sts:agencies:assume']}]};"
                        + " Statement[0].Principal: must be an object with IAM, Service or Identity_provider lists",
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':'*','Action':['sts:agencies:assume']}]};"
                        + " Statement[0].Principal: must be an object with IAM, Service or Identity_provider lists",
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'AWS':['x']},'Action':['sts:agencies:assume']}]};"
                        + " Statement[0].Principal.AWS: unknown principal type, expected IAM, Service or Identity_provider",
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'IAM':['alice']},"
                        + "'Action':['sts:agencies:assume']}]};"
                        + " Statement[0].Principal.IAM[0]: must be *, a 32-hex account id, iam::<account-id>:root or a"
                        + " principal's URN such as iam::<account-id>:user:<name>",
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'Service':'APIG'},"
                        + "'Action':['sts:agencies:assume']}]};"
                        + " Statement[0].Principal.Service: must be * or service.<name> (1 to 56 letters, digits or -)",
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'IAM':[]},'Action':['sts:agencies:assume']}]};"
                        + " Statement[0].Principal.IAM: must not be empty",
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'IAM':['" + ACCT + "']}}]};"
                        + " Statement[0]: one of Action or NotAction is required",
                "{'Version':'4.0','Statement':[{'Effect':'Allow','Principal':{'IAM':['" + ACCT + "']},"
                        + "'Action':['sts:agencies:assume']}]}; Version: must be the string \"5.0\"",
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Principal':{'IAM':['" + ACCT + "']},"
                        + "'Action':['sts:agencies:assume'],'Condition':{'StringEquals':{'g:Nope':['x']}}}]};"
                        + " Statement[0].Condition.StringEquals.g:Nope: unknown global condition key \"g:Nope\"",
            })
    void refusesWhatTheGrammarDoesNotAllowSayingWhere(String document, String message) {
        assertThatThrownBy(() -> TrustPolicy.parse(j(document)))
                .isInstanceOf(PolicyValidationException.class)
                .hasMessage(message.strip());
    }

    @Test
    void identityPoliciesStillRefuseAPrincipal() {
        assertThatThrownBy(() -> PolicyDocument.parse(j("{'Version':'5.0','Statement':[{'Effect':'Allow',"
                        + "'Principal':{'IAM':['" + ACCT + "']},'Action':['*']}]}")))
                .isInstanceOf(PolicyValidationException.class)
                .hasMessage("Statement[0].Principal: unknown element");
    }

    @Test
    void theSizeLimitIsTheIdentityPolicies() {
        String padding = " ".repeat(PolicyDocument.MAX_BYTES);
        assertThatThrownBy(() -> TrustPolicy.parse("{\"Version\":\"5.0\"," + padding + "\"Statement\":[]}"))
                .isInstanceOf(PolicyValidationException.class)
                .hasMessageContaining("exceeds 6144 bytes");
    }

    private static TrustPolicy trust(String singleQuoted) {
        return TrustPolicy.parse(j(singleQuoted));
    }

    private static Decision decide(TrustPolicy trust, TrustPrincipal principal, String action) {
        return trust.evaluate(
                principal,
                RequestContext.builder().action(action).resource(AGENCY).build());
    }
}
