package org.iamemulator.policyengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iamemulator.policyengine.PolicyTestSupport.ACCT;
import static org.iamemulator.policyengine.PolicyTestSupport.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Decision ordering, deciding statements, root principal, several policies and the reference-doc example. */
class PolicyEngineTest {

    private static final PolicyEngine ENGINE = new PolicyEngine();

    /** The example from the reference (section 6): reads on users tagged team=dev. */
    private static final PolicyDocument DOC_EXAMPLE = doc("{'Version':'5.0','Statement':[{'Effect':'Allow',"
            + "'Action':['iam:users:getUserV5','iam:users:showUserLastLoginV5'],'Resource':['iam::" + ACCT
            + ":user:*'],"
            + "'Condition':{'StringEquals':{'g:ResourceTag/team':['dev']}}}]}");

    @ParameterizedTest(name = "[{index}] {0} on {1} team={2} -> {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "iam:users:getUserV5; iam::" + ACCT + ":user:alice; dev; ALLOW",
                "iam:users:showUserLastLoginV5; iam::" + ACCT + ":user:alice; dev; ALLOW",
                "IAM:USERS:GETUSERV5; iam::" + ACCT + ":user:alice; dev; ALLOW",
                "iam:users:getUserV5; iam::" + ACCT + ":user:alice; Dev; IMPLICIT_DENY",
                "iam:users:getUserV5; iam::" + ACCT + ":user:alice; ops; IMPLICIT_DENY",
                "iam:users:getUserV5; iam::" + ACCT + ":user:alice; <absent>; IMPLICIT_DENY",
                "iam:users:getUserV5; iam::" + ACCT + ":user:alice; ops|dev; ALLOW",
                "iam:users:deleteUserV5; iam::" + ACCT + ":user:alice; dev; IMPLICIT_DENY",
                "iam:users:listUsersV5; iam::" + ACCT + ":user:alice; dev; IMPLICIT_DENY",
                "iam:users:getUserV5; iam::ffffffffffffffffffffffffffffffff:user:alice; dev; IMPLICIT_DENY",
                "iam:users:getUserV5; iam::" + ACCT + ":group:devs; dev; IMPLICIT_DENY",
                "iam:users:getUserV5; <null>; dev; IMPLICIT_DENY",
            })
    void referenceDocExample(String action, String resource, String team, Outcome expected) {
        RequestContext.Builder b =
                RequestContext.builder().action(action).resource("<null>".equals(resource) ? null : resource);
        if (!"<absent>".equals(team)) {
            b.condition("g:ResourceTag/team", team.split("\\|"));
        }
        Decision d = ENGINE.evaluate(b.build(), List.of(new AttachedPolicy("readDev", "v1", DOC_EXAMPLE)));
        assertThat(d.outcome()).isEqualTo(expected);
        assertThat(d.allowed()).isEqualTo(expected == Outcome.ALLOW);
        if (expected == Outcome.ALLOW) {
            assertThat(d.deciding()).containsExactly(new DecidingStatement("readDev", "v1", 0, null, Effect.ALLOW));
        } else {
            assertThat(d.deciding()).isEmpty();
        }
    }

    @ParameterizedTest(name = "[{index}] key {0} vs request key {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "g:ResourceTag/Team; g:resourcetag/team; true",
                "g:resourcetag/team; g:ResourceTag/Team; true",
                "G:RESOURCETAG/TEAM; g:ResourceTag/team; true",
                "g:ResourceTag/team; g:ResourceTag/team; true",
                "g:ResourceTag/team; g:ResourceTag/teams; false",
                "g:ResourceTag/team; g:RequestTag/team; false",
                "g:UserName; G:USERNAME; true",
                "g:username; g:UserName; true",
                "g:UserName; g:UserId; false",
                "iam:PolicyURN; IAM:policyurn; true",
                "obs:Prefix; OBS:prefix; true",
                "obs:Prefix; ecs:prefix; false",
            })
    void conditionKeyNamesAreCaseInsensitive(String policyKey, String requestKey, boolean expected) {
        PolicyDocument d = PolicyTestSupport.conditionDoc("StringEquals", policyKey, "'dev'");
        RequestContext r = RequestContext.builder()
                .action("iam:users:getUserV5")
                .resource("iam::1:user:a")
                .condition(requestKey, "dev")
                .build();
        assertThat(PolicyTestSupport.evaluate(d, r).allowed()).isEqualTo(expected);
    }

    private static final String ALLOW_USERS = "{'Sid':'AllowUsers','Effect':'Allow','Action':['iam:users:*']}";
    private static final String ALLOW_ALL = "{'Sid':'AllowAll','Effect':'Allow','Action':'*'}";
    private static final String DENY_DELETE =
            "{'Sid':'DenyDelete','Effect':'Deny','Action':['iam:users:deleteUserV5']}";
    private static final String DENY_NO_MFA =
            "{'Sid':'DenyNoMfa','Effect':'Deny','Action':'*','Condition':{'BoolIfExists':{'g:MFAPresent':'false'}}}";
    private static final String DENY_ROOT_TARGET =
            "{'Effect':'Deny','Action':'iam:users:*','Resource':'iam::1:user:root'}";

    private static PolicyDocument statements(String... s) {
        return doc("{'Version':'5.0','Statement':[" + String.join(",", s) + "]}");
    }

    static Stream<Arguments> orderingCases() {
        RequestContext get = RequestContext.builder()
                .action("iam:users:getUserV5")
                .resource("iam::1:user:alice")
                .build();
        RequestContext del = RequestContext.builder()
                .action("iam:users:deleteUserV5")
                .resource("iam::1:user:alice")
                .build();
        RequestContext delRoot = RequestContext.builder()
                .action("iam:users:deleteUserV5")
                .resource("iam::1:user:root")
                .build();
        RequestContext getMfa = RequestContext.builder()
                .action("iam:users:getUserV5")
                .resource("iam::1:user:alice")
                .condition("g:MFAPresent", "true")
                .build();
        RequestContext getNoMfa = RequestContext.builder()
                .action("iam:users:getUserV5")
                .resource("iam::1:user:alice")
                .condition("g:MFAPresent", "false")
                .build();
        RequestContext groups =
                RequestContext.builder().action("iam:groups:listGroupsV5").build();
        return Stream.of(
                Arguments.of(
                        "allow matches",
                        List.of(statements(ALLOW_USERS)),
                        get,
                        Outcome.ALLOW,
                        List.of("0:0:AllowUsers")),
                Arguments.of(
                        "no statement matches",
                        List.of(statements(ALLOW_USERS)),
                        groups,
                        Outcome.IMPLICIT_DENY,
                        List.of()),
                Arguments.of("no policies", List.of(), get, Outcome.IMPLICIT_DENY, List.of()),
                Arguments.of(
                        "deny only, not matching",
                        List.of(statements(DENY_DELETE)),
                        get,
                        Outcome.IMPLICIT_DENY,
                        List.of()),
                Arguments.of(
                        "deny only, matching",
                        List.of(statements(DENY_DELETE)),
                        del,
                        Outcome.EXPLICIT_DENY,
                        List.of("0:0:DenyDelete")),
                Arguments.of(
                        "deny beats allow, same policy",
                        List.of(statements(ALLOW_USERS, DENY_DELETE)),
                        del,
                        Outcome.EXPLICIT_DENY,
                        List.of("0:1:DenyDelete")),
                Arguments.of(
                        "deny listed first beats allow",
                        List.of(statements(DENY_DELETE, ALLOW_USERS)),
                        del,
                        Outcome.EXPLICIT_DENY,
                        List.of("0:0:DenyDelete")),
                Arguments.of(
                        "deny beats allow, other policy",
                        List.of(statements(ALLOW_ALL), statements(DENY_DELETE)),
                        del,
                        Outcome.EXPLICIT_DENY,
                        List.of("1:0:DenyDelete")),
                Arguments.of(
                        "deny not matching leaves allow",
                        List.of(statements(ALLOW_USERS, DENY_DELETE)),
                        get,
                        Outcome.ALLOW,
                        List.of("0:0:AllowUsers")),
                Arguments.of(
                        "all matching allows reported",
                        List.of(statements(ALLOW_USERS, ALLOW_ALL), statements(ALLOW_ALL)),
                        get,
                        Outcome.ALLOW,
                        List.of("0:0:AllowUsers", "0:1:AllowAll", "1:0:AllowAll")),
                Arguments.of(
                        "all matching denies reported",
                        List.of(statements(ALLOW_ALL, DENY_DELETE, DENY_NO_MFA), statements(DENY_ROOT_TARGET)),
                        delRoot,
                        Outcome.EXPLICIT_DENY,
                        List.of("0:1:DenyDelete", "0:2:DenyNoMfa", "1:0:null")),
                Arguments.of(
                        "conditional deny not triggered with MFA",
                        List.of(statements(ALLOW_ALL, DENY_NO_MFA)),
                        getMfa,
                        Outcome.ALLOW,
                        List.of("0:0:AllowAll")),
                Arguments.of(
                        "conditional deny triggered without MFA",
                        List.of(statements(ALLOW_ALL, DENY_NO_MFA)),
                        getNoMfa,
                        Outcome.EXPLICIT_DENY,
                        List.of("0:1:DenyNoMfa")),
                Arguments.of(
                        "conditional deny IfExists with key absent",
                        List.of(statements(ALLOW_ALL, DENY_NO_MFA)),
                        get,
                        Outcome.EXPLICIT_DENY,
                        List.of("0:1:DenyNoMfa")),
                Arguments.of(
                        "resource-specific deny",
                        List.of(statements(ALLOW_ALL, DENY_ROOT_TARGET)),
                        delRoot,
                        Outcome.EXPLICIT_DENY,
                        List.of("0:1:null")),
                Arguments.of(
                        "resource-specific deny elsewhere",
                        List.of(statements(ALLOW_ALL, DENY_ROOT_TARGET)),
                        del,
                        Outcome.ALLOW,
                        List.of("0:0:AllowAll")),
                Arguments.of(
                        "resource-less action vs deny on a URN",
                        List.of(statements(ALLOW_ALL, DENY_ROOT_TARGET)),
                        groups,
                        Outcome.ALLOW,
                        List.of("0:0:AllowAll")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("orderingCases")
    void denyBeatsAllowBeatsImplicitDeny(
            String name, List<PolicyDocument> docs, RequestContext request, Outcome expected, List<String> deciding) {
        List<AttachedPolicy> attached = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            attached.add(new AttachedPolicy("policy" + i, "v" + (i + 1), docs.get(i)));
        }
        Decision d = ENGINE.evaluate(request, attached);
        assertThat(d.outcome()).isEqualTo(expected);
        List<String> got = new ArrayList<>();
        for (DecidingStatement s : d.deciding()) {
            int policy = Integer.parseInt(s.policyId().substring("policy".length()));
            assertThat(s.versionId()).isEqualTo("v" + (policy + 1));
            assertThat(s.effect()).isEqualTo(expected == Outcome.ALLOW ? Effect.ALLOW : Effect.DENY);
            got.add(policy + ":" + s.statementIndex() + ":" + s.sid());
        }
        assertThat(got).isEqualTo(deciding);
    }

    @ParameterizedTest(name = "[{index}] root with {0}")
    @CsvSource({"none", "denyAll", "allowNothing"})
    void rootPrincipalIsAlwaysAllowed(String which) {
        List<AttachedPolicy> policies = switch (which) {
            case "denyAll" -> List.of(new AttachedPolicy("p", "v1", statements("{'Effect':'Deny','Action':'*'}")));
            case "allowNothing" ->
                List.of(new AttachedPolicy("p", "v1", statements("{'Effect':'Allow','Action':'obs:bucket:x'}")));
            default -> List.of();
        };
        RequestContext root = RequestContext.builder()
                .action("iam:users:deleteUserV5")
                .resource("iam::1:user:a")
                .principalIsRoot(true)
                .build();
        Decision d = ENGINE.evaluate(root, policies);
        assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(d.deciding()).isEmpty();
        // The same request from a non-root principal is not allowed.
        RequestContext user = RequestContext.builder()
                .action("iam:users:deleteUserV5")
                .resource("iam::1:user:a")
                .build();
        assertThat(ENGINE.evaluate(user, policies).allowed()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] team={0} ip={1} -> {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "dev; 10.0.0.1; true",
                "dev; 11.0.0.1; false",
                "ops; 10.0.0.1; false",
                "<absent>; 10.0.0.1; false",
                "dev; <absent>; false",
            })
    void conditionsAcrossOperatorsAndKeysAreAnded(String team, String ip, boolean expected) {
        PolicyDocument d = doc(
                "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':'*','Condition':{"
                        + "'StringEquals':{'g:ResourceTag/team':'dev','g:UserName':'alice'},'IpAddress':{'g:SourceIp':'10.0.0.0/8'}}}]}");
        RequestContext.Builder b =
                RequestContext.builder().action("iam:users:getUserV5").condition("g:UserName", "alice");
        if (!"<absent>".equals(team)) {
            b.condition("g:ResourceTag/team", team);
        }
        if (!"<absent>".equals(ip)) {
            b.condition("g:SourceIp", ip);
        }
        assertThat(PolicyTestSupport.evaluate(d, b.build()).allowed()).isEqualTo(expected);
        // Dropping the second key under StringEquals makes that operator fail even when the rest holds.
        RequestContext noUser = RequestContext.builder()
                .action("iam:users:getUserV5")
                .condition("g:ResourceTag/team", "dev")
                .condition("g:SourceIp", "10.0.0.1")
                .build();
        assertThat(PolicyTestSupport.evaluate(d, noUser).allowed()).isFalse();
    }

    @Test
    void requestBuilderNormalisesKeysAndAppendsValues() {
        RequestContext r = RequestContext.builder()
                .action("iam:users:getUserV5")
                .condition("g:TagKeys", "a")
                .condition("G:TAGKEYS", List.of("b"))
                .condition("g:Empty")
                .build();
        assertThat(r.conditionValues("g:tagkeys")).containsExactly("a", "b");
        assertThat(r.conditionValues("g:empty")).isEmpty();
        assertThat(r.conditionValues("g:missing")).isNull();
        assertThat(r.conditions()).containsOnlyKeys("g:tagkeys", "g:empty");
        assertThat(r.resource()).isNull();
        assertThat(r.principalIsRoot()).isFalse();
    }

    @Test
    void evaluationIsThreadSafe() throws Exception {
        PolicyDocument d = statements(ALLOW_USERS, DENY_DELETE, DENY_NO_MFA);
        List<AttachedPolicy> attached =
                List.of(new AttachedPolicy("p", "v1", d), new AttachedPolicy("q", "v1", DOC_EXAMPLE));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 5_000; i++) {
                        boolean del = (i & 1) == 0;
                        RequestContext r = RequestContext.builder()
                                .action(del ? "iam:users:deleteUserV5" : "iam:users:getUserV5")
                                .resource("iam::" + ACCT + ":user:u" + i)
                                .condition("g:MFAPresent", "true")
                                .build();
                        Outcome o = ENGINE.evaluate(r, attached).outcome();
                        if (o != (del ? Outcome.EXPLICIT_DENY : Outcome.ALLOW)) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> f : futures) {
                assertThat(f.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
