package org.iamemulator.policyengine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wildcards and case rules for Action/NotAction (case-insensitive) and Resource/NotResource (case-sensitive). */
class ActionResourceMatchingTest {

    private static final String NULL = "<null>";

    private static boolean allowed(String statementBody, String action, String resource) {
        PolicyDocument d =
                PolicyTestSupport.doc("{'Version':'5.0','Statement':[{'Effect':'Allow'," + statementBody + "}]}");
        RequestContext r = RequestContext.builder()
                .action(action)
                .resource(NULL.equals(resource) ? null : resource)
                .build();
        return PolicyTestSupport.evaluate(d, r).allowed();
    }

    @ParameterizedTest(name = "[{index}] Action {0} vs {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "*; iam:users:getUserV5; true",
                "*; anything; true",
                "iam:users:getUserV5; iam:users:getUserV5; true",
                "iam:users:getUserV5; IAM:USERS:GETUSERV5; true",
                "IAM:Users:GetUserV5; iam:users:getuserv5; true",
                "iam:users:getUserV5; iam:users:getUserV50; false",
                "iam:users:getUserV5; iam:users:getUser; false",
                "iam:users:getUserV5; iam:users:listUsersV5; false",
                "iam:users:*; iam:users:listUsersV5; true",
                "iam:users:*; iam:groups:listGroupsV5; false",
                "iam:users:get*; iam:users:getUserV5; true",
                "iam:users:get*; iam:users:listUsersV5; false",
                "iam:users:*V5; iam:users:getUserV5; true",
                "iam:users:*V5; iam:users:getUserV4; false",
                "iam:*:get*; iam:users:getUserV5; true",
                "iam:*:get*; iam:groups:getGroupV5; true",
                "iam:*:get*; obs:bucket:getObject; false",
                "iam:*:*; iam::tagForResourceV5; true",
                "iam:*:*; iamx:users:getUserV5; false",
                "*:*:*; ecs:servers:get; true",
                "iam::tagForResourceV5; iam::tagForResourceV5; true",
                "iam::tagForResourceV5; iam:users:tagForResourceV5; false",
                "iam::*; iam::untagForResourceV5; true",
                "iam::*; iam:users:getUserV5; false",
                "iam:users:getUser??; iam:users:getUserV5; true",
                "iam:users:getUser??; iam:users:getUserV; false",
                "iam:users:getUser?5; iam:users:getUserV5; true",
                "iam:users:getUser?5; iam:users:getUserV6; false",
                "iam:user?:getUserV5; iam:users:getUserV5; true",
                "iam:user?:getUserV5; iam:user:getUserV5; false",
                "*:users:getUserV5; iam:users:getUserV5; true",
                "*:users:getUserV5; iam:groups:getUserV5; false",
                "sts::decodeAuthorizationMessage; STS::DecodeAuthorizationMessage; true",
                "obs:bucket:*; obs:object:getObject; false",
            })
    void actionWildcardsAreCaseInsensitive(String pattern, String action, boolean expected) {
        assertThat(allowed("'Action':['" + pattern + "']", action, "iam::1:user:a"))
                .isEqualTo(expected);
        // NotAction is the exact complement.
        assertThat(allowed("'NotAction':['" + pattern + "']", action, "iam::1:user:a"))
                .isEqualTo(!expected);
    }

    @ParameterizedTest(name = "[{index}] Actions {0} vs {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '`',
            value = {
                "'iam:users:getUserV5','iam:users:showUserLastLoginV5'; iam:users:showUserLastLoginV5; true",
                "'iam:users:getUserV5','iam:users:showUserLastLoginV5'; iam:users:getUserV5; true",
                "'iam:users:getUserV5','iam:users:showUserLastLoginV5'; iam:users:listUsersV5; false",
                "'iam:groups:*','iam:users:get*'; iam:users:getUserV5; true",
                "'iam:groups:*','iam:users:get*'; iam:users:deleteUserV5; false",
            })
    void severalActionsAreOred(String patterns, String action, boolean expected) {
        assertThat(allowed("'Action':[" + patterns + "]", action, "iam::1:user:a"))
                .isEqualTo(expected);
        assertThat(allowed("'NotAction':[" + patterns + "]", action, "iam::1:user:a"))
                .isEqualTo(!expected);
    }

    @ParameterizedTest(name = "[{index}] Resource {0} vs {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "*; iam::acct:user:alice; true",
                "*; <null>; true",
                "iam::acct:user:alice; iam::acct:user:alice; true",
                "iam::acct:user:alice; iam::acct:user:Alice; false",
                "iam::acct:user:Alice; iam::acct:user:alice; false",
                "IAM::acct:user:alice; iam::acct:user:alice; false",
                "iam::acct:user:alice; iam::acct:user:alice2; false",
                "iam::acct:user:alice; iam::other:user:alice; false",
                "iam::acct:user:alice; <null>; false",
                "iam::acct:user:*; iam::acct:user:alice; true",
                "iam::acct:user:*; iam::acct:user:; true",
                "iam::acct:user:*; iam::acct:group:admins; false",
                "iam::acct:user:*; iam::other:user:alice; false",
                "iam::acct:user:*; <null>; false",
                "iam::*:user:alice; iam::acct:user:alice; true",
                "iam::*:user:alice; iam::acct:user:bob; false",
                "iam::acct:user:a?ice; iam::acct:user:alice; true",
                "iam::acct:user:a?ice; iam::acct:user:aice; false",
                "iam::acct:user:a?ice; iam::acct:user:allice; false",
                "iam::acct:user:dev-*; iam::acct:user:dev-bob; true",
                "iam::acct:user:dev-*; iam::acct:user:DEV-bob; false",
                "iam::acct:policy:*; iam::acct:policy:foo/bar/p1; true",
                "iam::acct:policy:foo/*; iam::acct:policy:foo/bar/p1; true",
                "iam::acct:policy:foo/*; iam::acct:policy:baz/p1; false",
                "iam::acct:*; iam::acct:agency:ops/a1; true",
                "iam::acct:user:John Doe; iam::acct:user:John Doe; true",
                "sts::acct:assumed-agency:a/*; sts::acct:assumed-agency:a/session1; true",
                "sts::acct:assumed-agency:a/*; sts::acct:assumed-agency:b/session1; false",
            })
    void resourceWildcardsAreCaseSensitive(String pattern, String resource, boolean expected) {
        assertThat(allowed("'Action':'*','Resource':['" + pattern + "']", "iam:users:getUserV5", resource))
                .isEqualTo(expected);
        assertThat(allowed("'Action':'*','NotResource':['" + pattern + "']", "iam:users:getUserV5", resource))
                .isEqualTo(!expected);
    }

    @ParameterizedTest(name = "[{index}] no Resource element vs {0}")
    @CsvSource({"iam::acct:user:alice", "<null>", "anything"})
    void absentResourceElementMeansAllResources(String resource) {
        assertThat(allowed("'Action':'*'", "iam:users:getUserV5", resource)).isTrue();
        assertThat(allowed("'Action':'iam:groups:*'", "iam:users:getUserV5", resource))
                .isFalse();
    }

    @ParameterizedTest(name = "[{index}] glob {0} vs {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            quoteCharacter = '`',
            value = {
                "a; a; true",
                "a; b; false",
                "a; ``; false",
                "*; ``; true",
                "**; ``; true",
                "?; ``; false",
                "?; x; true",
                "?; xy; false",
                "??; xy; true",
                "a*; a; true",
                "a*; ba; false",
                "*a; ba; true",
                "*a; ab; false",
                "*a*; bab; true",
                "*a*; bbb; false",
                "a*b; ab; true",
                "a*b; axxb; true",
                "a*b; axxbc; false",
                "a*b*c; abc; true",
                "a*b*c; acb; false",
                "a*a*a; aaa; true",
                "a*a*a; aa; false",
                "*?; x; true",
                "*?; ``; false",
                "?*?; xy; true",
                "?*?; x; false",
                "a**b; ab; true",
                "*ab*ab*; xabyab; true",
                "*ab*ab*; xabyba; false",
                "mississippi; mississippi; true",
                "m*ss*pi; mississippi; true",
                "m*ss*pix; mississippi; false",
                "*:*; a:b; true",
                "*:*; ab; false",
            })
    void globSemantics(String pattern, String subject, boolean expected) {
        assertThat(WildcardPattern.compile(pattern, false).matches(subject)).isEqualTo(expected);
        assertThat(WildcardPattern.globMatch(pattern, subject)).isEqualTo(expected);
    }
}
