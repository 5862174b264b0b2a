package org.iamemulator.policyengine;

import java.util.List;

/** Small builders shared by the policy tests. JSON is written with ' and converted to ". */
final class PolicyTestSupport {

    static final String ACCT = "0970d7b7d400f2470fbec00316a03560";
    static final String ABSENT = "<absent>";
    static final String EMPTY_SET = "<empty>";

    private PolicyTestSupport() {}

    static String j(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static PolicyDocument doc(String singleQuoted) {
        return PolicyDocument.parse(j(singleQuoted));
    }

    /** One Allow-everything statement guarded by a single condition. */
    static PolicyDocument conditionDoc(String operator, String key, String valuesJson) {
        return PolicyDocument.parse("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"*\"],"
                + "\"Condition\":{\"" + operator + "\":{\"" + key + "\":" + j(valuesJson) + "}}}]}");
    }

    /** request spec: ABSENT, EMPTY_SET, or values separated by '|'. */
    static RequestContext request(String key, String spec) {
        RequestContext.Builder b =
                RequestContext.builder().action("iam:users:getUserV5").resource("iam::" + ACCT + ":user:alice");
        if (spec == null || spec.equals(EMPTY_SET)) {
            b.condition(key);
        } else if (!spec.equals(ABSENT)) {
            b.condition(key, spec.split("\\|", -1));
        }
        return b.build();
    }

    static Decision evaluate(PolicyDocument d, RequestContext r) {
        return new PolicyEngine().evaluate(r, List.of(new AttachedPolicy("p1", "v1", d)));
    }
}
