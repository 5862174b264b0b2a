package org.iamemulator.policyengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.policyengine.PolicyTestSupport.j;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of invalid document is rejected with the location of the problem; valid shapes are accepted. */
class PolicyValidationTest {

    private static final String S = "{'Effect':'Allow','Action':['iam:users:getUserV5']";

    /** Document with one statement whose body continues the Allow/Action prefix S. */
    private static String one(String rest) {
        return "{'Version':'5.0','Statement':[" + S + rest + "}]}";
    }

    /** Document with one statement using the given condition block. */
    private static String cond(String conditionJson) {
        return one(",'Condition':" + conditionJson);
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                // malformed JSON: location is line/column
                Arguments.of("{", "line 1, column 2", "malformed JSON"),
                Arguments.of("{'Version':'5.0',}", "line 1, column 18", "malformed JSON"),
                Arguments.of("{'Version':'5.0'} x", "line 1, column 19", "malformed JSON"),
                Arguments.of("{'Version':'5.0','Version':'5.0','Statement':[]}", "line 1, column ", "Duplicate"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Effect':'Deny','Action':'*'}]}",
                        "line 1, column ",
                        "Duplicate"),
                Arguments.of(
                        cond("{'StringEquals':{'g:UserName':'a','g:UserName':'b'}}"), "line 1, column ", "Duplicate"),
                Arguments.of("{'Version':'5.0',\n 'Statement': [ oops ]}", "line 2, column ", "malformed JSON"),
                Arguments.of("{'Version':'5.0', /* c */ 'Statement':[]}", "line 1, column ", "malformed JSON"),
                // whole-document problems: empty location
                Arguments.of("", "", "policy document is empty"),
                Arguments.of("   ", "", "policy document is empty"),
                Arguments.of("[]", "", "must be a JSON object"),
                Arguments.of("null", "", "must be a JSON object"),
                Arguments.of("'5.0'", "", "must be a JSON object"),
                // top level
                Arguments.of("{'Statement':[" + S + "}]}", "Version", "required element is missing"),
                Arguments.of("{'Version':'1.1','Statement':[" + S + "}]}", "Version", "must be the string \"5.0\""),
                Arguments.of("{'Version':5.0,'Statement':[" + S + "}]}", "Version", "must be the string \"5.0\""),
                Arguments.of("{'Version':'5.0 ','Statement':[" + S + "}]}", "Version", "must be the string \"5.0\""),
                Arguments.of("{'Version':'5.0','Statement':[" + S + "}],'Id':'x'}", "Id", "unknown element"),
                Arguments.of("{'version':'5.0','Statement':[" + S + "}]}", "version", "unknown element"),
                Arguments.of("{'Version':'5.0'}", "Statement", "required element is missing"),
                Arguments.of("{'Version':'5.0','Statement':" + S + "}}", "Statement", "must be an array"),
                Arguments.of("{'Version':'5.0','Statement':[]}", "Statement", "at least one statement"),
                Arguments.of("{'Version':'5.0','Statement':['x']}", "Statement[0]", "must be an object"),
                Arguments.of("{'Version':'5.0','Statement':[" + S + "}, 5]}", "Statement[1]", "must be an object"),
                // statement elements
                Arguments.of(one(",'Principal':'*'"), "Statement[0].Principal", "unknown element"),
                Arguments.of(one(",'resource':'*'"), "Statement[0].resource", "unknown element"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Action':'*'}]}",
                        "Statement[0].Effect",
                        "required element is missing"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'allow','Action':'*'}]}",
                        "Statement[0].Effect",
                        "\"Allow\" or \"Deny\""),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Permit','Action':'*'}]}",
                        "Statement[0].Effect",
                        "\"Allow\" or \"Deny\""),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':true,'Action':'*'}]}",
                        "Statement[0].Effect",
                        "\"Allow\" or \"Deny\""),
                Arguments.of(one(",'Sid':'my-sid'"), "Statement[0].Sid", "letters and digits"),
                Arguments.of(one(",'Sid':''"), "Statement[0].Sid", "letters and digits"),
                Arguments.of(one(",'Sid':7"), "Statement[0].Sid", "must be a string"),
                // Action / NotAction
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow'}]}",
                        "Statement[0]",
                        "one of Action or NotAction is required"),
                Arguments.of(
                        one(",'NotAction':['iam:users:listUsersV5']"),
                        "Statement[0]",
                        "Action and NotAction cannot both be present"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':[]}]}",
                        "Statement[0].Action",
                        "must not be empty"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','NotAction':[]}]}",
                        "Statement[0].NotAction",
                        "must not be empty"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':5}]}",
                        "Statement[0].Action",
                        "string or an array of strings"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':{'a':'b'}}]}",
                        "Statement[0].Action",
                        "string or an array of strings"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['*',7]}]}",
                        "Statement[0].Action[1]",
                        "must be a string"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['iam:users']}]}",
                        "Statement[0].Action[0]",
                        "service:resourceType:operation"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':'iam:*'}]}",
                        "Statement[0].Action",
                        "service:resourceType:operation"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['*','iam']}]}",
                        "Statement[0].Action[1]",
                        "service:resourceType:operation"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['iam:users:get:x']}]}",
                        "Statement[0].Action[0]",
                        "service:resourceType:operation"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['']}]}",
                        "Statement[0].Action[0]",
                        "service:resourceType:operation"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':[':users:get']}]}",
                        "Statement[0].Action[0]",
                        "invalid service"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['iam:users:']}]}",
                        "Statement[0].Action[0]",
                        "invalid operation"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['iam:us ers:get']}]}",
                        "Statement[0].Action[0]",
                        "invalid resource type"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['i_am:users:get']}]}",
                        "Statement[0].Action[0]",
                        "invalid service"),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','NotAction':['iam:users:get/x']}]}",
                        "Statement[0].NotAction[0]",
                        "invalid operation"),
                // Resource / NotResource
                Arguments.of(
                        one(",'Resource':['*'],'NotResource':['*']"),
                        "Statement[0]",
                        "Resource and NotResource cannot both be present"),
                Arguments.of(one(",'Resource':[]"), "Statement[0].Resource", "must not be empty"),
                Arguments.of(one(",'NotResource':[]"), "Statement[0].NotResource", "must not be empty"),
                Arguments.of(one(",'Resource':''"), "Statement[0].Resource", "must not be empty"),
                Arguments.of(one(",'Resource':5"), "Statement[0].Resource", "string or an array of strings"),
                Arguments.of(one(",'Resource':['*',{}]"), "Statement[0].Resource[1]", "must be a string"),
                Arguments.of(one(",'Resource':['user-alice']"), "Statement[0].Resource[0]", "URN"),
                Arguments.of(one(",'Resource':[':x:y']"), "Statement[0].Resource[0]", "URN"),
                Arguments.of(
                        one(",'NotResource':['iam::1:user:a\\u0001']"),
                        "Statement[0].NotResource[0]",
                        "control character"),
                // Condition structure
                Arguments.of(cond("[]"), "Statement[0].Condition", "must be an object of operators"),
                Arguments.of(cond("'x'"), "Statement[0].Condition", "must be an object of operators"),
                Arguments.of(
                        cond("{'StringEquals':'x'}"),
                        "Statement[0].Condition.StringEquals",
                        "must be an object of condition keys"),
                Arguments.of(
                        cond("{'StringEquals':{}}"),
                        "Statement[0].Condition.StringEquals",
                        "at least one condition key"),
                // Operators
                Arguments.of(
                        cond("{'StringEqualz':{'g:UserName':'a'}}"),
                        "Statement[0].Condition.StringEqualz",
                        "unknown operator"),
                Arguments.of(
                        cond("{'stringequals':{'g:UserName':'a'}}"),
                        "Statement[0].Condition.stringequals",
                        "unknown operator"),
                Arguments.of(
                        cond("{'ForAllValue:StringEquals':{'g:UserName':'a'}}"),
                        "Statement[0].Condition.ForAllValue:StringEquals",
                        "unknown operator"),
                Arguments.of(
                        cond("{'forallvalues:StringEquals':{'g:UserName':'a'}}"),
                        "Statement[0].Condition.forallvalues:StringEquals",
                        "unknown operator"),
                Arguments.of(
                        cond("{'StringEqualsIfexists':{'g:UserName':'a'}}"),
                        "Statement[0].Condition.StringEqualsIfexists",
                        "unknown operator"),
                Arguments.of(
                        cond("{'IfExists':{'g:UserName':'a'}}"), "Statement[0].Condition.IfExists", "unknown operator"),
                Arguments.of(
                        cond("{'StringEqualsIfExistsIfExists':{'g:UserName':'a'}}"),
                        "Statement[0].Condition.StringEqualsIfExistsIfExists",
                        "unknown operator"),
                Arguments.of(
                        cond("{'NumericEquals':{'g:MFAAge':'1'}}"),
                        "Statement[0].Condition.NumericEquals",
                        "unknown operator"),
                Arguments.of(
                        cond("{'ForAnyValue:ForAllValues:StringEquals':{'g:TagKeys':'a'}}"),
                        "Statement[0].Condition.ForAnyValue:ForAllValues:StringEquals",
                        "unknown operator"),
                Arguments.of(
                        cond("{'NullIfExists':{'g:UserName':'true'}}"),
                        "Statement[0].Condition.NullIfExists",
                        "IfExists"),
                Arguments.of(
                        cond("{'ForAnyValue:Null':{'g:TagKeys':'true'}}"),
                        "Statement[0].Condition.ForAnyValue:Null",
                        "ForAllValues/ForAnyValue"),
                // Keys
                Arguments.of(
                        cond("{'StringEquals':{'UserName':'a'}}"),
                        "Statement[0].Condition.StringEquals.UserName",
                        "service prefix"),
                Arguments.of(
                        cond("{'StringEquals':{':UserName':'a'}}"),
                        "Statement[0].Condition.StringEquals.:UserName",
                        "service prefix"),
                Arguments.of(
                        cond("{'StringEquals':{'g:':'a'}}"),
                        "Statement[0].Condition.StringEquals.g:",
                        "no name after the service prefix"),
                Arguments.of(
                        cond("{'StringEquals':{'g x:UserName':'a'}}"),
                        "Statement[0].Condition.StringEquals.g x:UserName",
                        "invalid service prefix"),
                Arguments.of(
                        cond("{'StringEquals':{'g:Foo':'a'}}"),
                        "Statement[0].Condition.StringEquals.g:Foo",
                        "unknown global condition key \"g:Foo\""),
                Arguments.of(
                        cond("{'StringEquals':{'g:ResourceTag/':'a'}}"),
                        "Statement[0].Condition.StringEquals.g:ResourceTag/",
                        "unknown global condition key"),
                Arguments.of(
                        cond("{'StringEquals':{'g:ResourceTags/team':'a'}}"),
                        "Statement[0].Condition.StringEquals.g:ResourceTags/team",
                        "unknown global condition key"),
                Arguments.of(
                        cond("{'StringEquals':{'g:UserName\\u0007':'a'}}"),
                        "Statement[0].Condition.StringEquals.g:UserName\u0007",
                        "control character"),
                // Values
                Arguments.of(
                        cond("{'StringEquals':{'g:UserName':[]}}"),
                        "Statement[0].Condition.StringEquals.g:UserName",
                        "at least one value"),
                Arguments.of(
                        cond("{'StringEquals':{'g:UserName':null}}"),
                        "Statement[0].Condition.StringEquals.g:UserName",
                        "string, number or boolean"),
                Arguments.of(
                        cond("{'StringEquals':{'g:UserName':{'a':'b'}}}"),
                        "Statement[0].Condition.StringEquals.g:UserName",
                        "string, number or boolean"),
                Arguments.of(
                        cond("{'StringEquals':{'g:UserName':['a',['b']]}}"),
                        "Statement[0].Condition.StringEquals.g:UserName[1]",
                        "string, number or boolean"),
                Arguments.of(
                        cond("{'StringEquals':{'g:UserName':['a',null]}}"),
                        "Statement[0].Condition.StringEquals.g:UserName[1]",
                        "string, number or boolean"),
                Arguments.of(
                        cond("{'NumberEquals':{'g:MFAAge':'abc'}}"),
                        "Statement[0].Condition.NumberEquals.g:MFAAge",
                        "not a number"),
                Arguments.of(
                        cond("{'NumberLessThan':{'g:MFAAge':['1','1,5']}}"),
                        "Statement[0].Condition.NumberLessThan.g:MFAAge[1]",
                        "not a number"),
                Arguments.of(
                        cond("{'NumberGreaterThanIfExists':{'g:MFAAge':''}}"),
                        "Statement[0].Condition.NumberGreaterThanIfExists.g:MFAAge",
                        "not a number"),
                Arguments.of(
                        cond("{'DateLessThan':{'g:CurrentTime':'yesterday'}}"),
                        "Statement[0].Condition.DateLessThan.g:CurrentTime",
                        "not a date"),
                Arguments.of(
                        cond("{'DateEquals':{'g:CurrentTime':'2012-13-11T00:00:00Z'}}"),
                        "Statement[0].Condition.DateEquals.g:CurrentTime",
                        "not a date"),
                Arguments.of(
                        cond("{'DateGreaterThan':{'g:CurrentTime':'2012-11-11T23:59:59'}}"),
                        "Statement[0].Condition.DateGreaterThan.g:CurrentTime",
                        "not a date"),
                Arguments.of(
                        cond("{'Bool':{'g:MFAPresent':'yes'}}"),
                        "Statement[0].Condition.Bool.g:MFAPresent",
                        "not a boolean"),
                Arguments.of(
                        cond("{'Bool':{'g:MFAPresent':1}}"),
                        "Statement[0].Condition.Bool.g:MFAPresent",
                        "not a boolean"),
                Arguments.of(
                        cond("{'Null':{'g:UserName':'maybe'}}"),
                        "Statement[0].Condition.Null.g:UserName",
                        "not a boolean"),
                Arguments.of(
                        cond("{'IpAddress':{'g:SourceIp':'10.0.0.0/33'}}"),
                        "Statement[0].Condition.IpAddress.g:SourceIp",
                        "not an IP address or CIDR"),
                Arguments.of(
                        cond("{'IpAddress':{'g:SourceIp':'300.1.1.1'}}"),
                        "Statement[0].Condition.IpAddress.g:SourceIp",
                        "not an IP address or CIDR"),
                Arguments.of(
                        cond("{'IpAddress':{'g:SourceIp':'10.0.0'}}"),
                        "Statement[0].Condition.IpAddress.g:SourceIp",
                        "not an IP address or CIDR"),
                Arguments.of(
                        cond("{'IpAddress':{'g:SourceIp':'10.0.0.0/'}}"),
                        "Statement[0].Condition.IpAddress.g:SourceIp",
                        "not an IP address or CIDR"),
                Arguments.of(
                        cond("{'IpAddress':{'g:SourceIp':'example.com'}}"),
                        "Statement[0].Condition.IpAddress.g:SourceIp",
                        "not an IP address or CIDR"),
                Arguments.of(
                        cond("{'NotIpAddress':{'g:SourceIp':['::1','2001:db8::/129']}}"),
                        "Statement[0].Condition.NotIpAddress.g:SourceIp[1]",
                        "not an IP address or CIDR"),
                Arguments.of(
                        cond("{'IpAddress':{'g:SourceIp':'1::2::3'}}"),
                        "Statement[0].Condition.IpAddress.g:SourceIp",
                        "not an IP address or CIDR"),
                Arguments.of(
                        cond("{'IpAddress':{'g:SourceIp':'1:2:3:4:5:6:7:8:9'}}"),
                        "Statement[0].Condition.IpAddress.g:SourceIp",
                        "not an IP address or CIDR"),
                Arguments.of(
                        cond("{'IpAddress':{'g:SourceIp':'12345::1'}}"),
                        "Statement[0].Condition.IpAddress.g:SourceIp",
                        "not an IP address or CIDR"),
                // the location names the right statement
                Arguments.of(
                        "{'Version':'5.0','Statement':[" + S + "}," + S
                                + ",'Condition':{'StringEqualz':{'g:UserName':'a'}}}]}",
                        "Statement[1].Condition.StringEqualz",
                        "unknown operator"));
    }

    @ParameterizedTest(name = "[{index}] {1}: {2}")
    @MethodSource("invalidDocuments")
    void rejectsInvalidDocumentWithLocation(String document, String location, String problemFragment) {
        assertThatThrownBy(() -> PolicyDocument.parse(j(document)))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> {
                    if (location.endsWith(", column ")) {
                        assertThat(e.location()).startsWith(location);
                    } else {
                        assertThat(e.location()).isEqualTo(location);
                    }
                    assertThat(e.getMessage()).contains(problemFragment);
                    if (!location.isEmpty()) {
                        assertThat(e.getMessage()).startsWith(e.location() + ": ");
                    }
                });
    }

    static Stream<Arguments> validDocuments() {
        return Stream.of(
                Arguments.of("{'Version':'5.0','Statement':[{'Effect':'Allow','Action':'*'}]}", 1),
                Arguments.of("{'Statement':[{'Action':['*'],'Effect':'Deny'}],'Version':'5.0'}", 1),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['iam::tagForResourceV5'],'Resource':'*'}]}",
                        1),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['sts::decodeAuthorizationMessage']}]}",
                        1),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':['iam:*:*','obs:bucket:list?ucket','ecs-x:servers:get_x']}]}",
                        1),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Sid':'Read1','Effect':'Allow','NotAction':'iam:users:deleteUserV5','NotResource':'iam::1:user:root'}]}",
                        1),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':'*','Resource':['iam::1:user:John Doe','iam::1:policy:foo/bar/p1','sts::1:assumed-agency:a/s']}]}",
                        1),
                Arguments.of("{'Version':'5.0','Statement':[{'Effect':'Allow','Action':'*','Condition':{}}]}", 1),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':'*','Condition':{'StringEquals':{'obs:prefix':'x','iam:PolicyURN':'y','G:USERNAME':'z'}}}]}",
                        1),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':'*'},{'Effect':'Deny','Action':'iam:users:*'},{'Effect':'Allow','Action':'iam::*'}]}",
                        3),
                Arguments.of(
                        "{'Version':'5.0','Statement':[{'Effect':'Allow','Action':'*','Condition':{'ForAnyValue:StringNotEquals':{'g:TagKeys':['a']},'StringEndWithIfExists':{'g:PrincipalUrn':'x'},'Bool':{'g:MFAPresent':true}}}]}",
                        1),
                Arguments.of(
                        "{\n  'Version' : '5.0',\n  'Statement' : [ {\n    'Effect' : 'Allow',\n    'Action' : [ '*' ]\n  } ]\n}",
                        1));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("validDocuments")
    void acceptsValidDocuments(String document, int statements) {
        assertThat(PolicyDocument.parse(j(document)).statements()).hasSize(statements);
    }

    @Test
    void sizeLimitCountsUtf8Bytes() {
        String head =
                "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"iam::1:user:";
        String tail = "\"}]}";
        int room = PolicyDocument.MAX_BYTES - head.length() - tail.length();
        String exact = head + "a".repeat(room) + tail;
        assertThat(exact.length()).isEqualTo(6144);
        assertThat(PolicyDocument.parse(exact).statements()).hasSize(1);

        String oneOver = head + "a".repeat(room + 1) + tail;
        assertThatThrownBy(() -> PolicyDocument.parse(oneOver))
                .isInstanceOf(PolicyValidationException.class)
                .hasMessage("policy document exceeds 6144 bytes")
                .extracting(e -> ((PolicyValidationException) e).location())
                .isEqualTo("");

        // 3-byte characters: fewer than 6144 chars but more than 6144 bytes.
        String wide = head + "\u7528".repeat(room / 3 + 1) + tail;
        assertThat(wide.length()).isLessThan(6144);
        assertThatThrownBy(() -> PolicyDocument.parse(wide)).hasMessage("policy document exceeds 6144 bytes");
    }

    @Test
    void nullDocumentIsRejected() {
        assertThatThrownBy(() -> PolicyDocument.parse(null))
                .isInstanceOf(PolicyValidationException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void parsedFormExposesElements() {
        PolicyDocument d = PolicyTestSupport.doc(
                "{'Version':'5.0','Statement':[{'Sid':'S1','Effect':'Deny','NotAction':'iam:users:*',"
                        + "'NotResource':['iam::1:user:a'],'Condition':{'ForAllValues:StringEqualsIfExists':{'g:TagKeys':['a',1,true]}}}]}");
        Statement s = d.statements().get(0);
        assertThat(s.sid()).isEqualTo("S1");
        assertThat(s.effect()).isEqualTo(Effect.DENY);
        assertThat(s.notAction()).isTrue();
        assertThat(s.actions()).containsExactly("iam:users:*");
        assertThat(s.notResource()).isTrue();
        assertThat(s.resources()).containsExactly("iam::1:user:a");
        Condition c = s.conditions().get(0);
        assertThat(c.operator()).isEqualTo(ConditionOperator.STRING_EQUALS);
        assertThat(c.qualifier()).isEqualTo(Condition.Qualifier.FOR_ALL_VALUES);
        assertThat(c.ifExists()).isTrue();
        assertThat(c.key()).isEqualTo("g:TagKeys");
        assertThat(c.normalizedKey()).isEqualTo("g:tagkeys");
        assertThat(c.values()).containsExactly("a", "1", "true");
        assertThatThrownBy(() -> d.statements().add(s)).isInstanceOf(UnsupportedOperationException.class);
    }
}
