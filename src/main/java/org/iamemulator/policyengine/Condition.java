package org.iamemulator.policyengine;

import java.util.List;

/**
 * One compiled condition: a (qualified) operator applied to one condition key with one or more policy values.
 * Immutable. Semantics (see docs/policy-language.md):
 * <ul>
 *   <li>policy values are OR-ed; a negated operator holds for a request value that matches none of them;</li>
 *   <li>"absent" means the key is missing or present with an empty set;</li>
 *   <li>absent key: IfExists ⇒ true; ForAllValues ⇒ true; ForAnyValue ⇒ false; otherwise positive ⇒ false,
 *       negated ⇒ true (AWS behaviour);</li>
 *   <li>no qualifier, several request values: positive ⇒ any request value matches; negated ⇒ no request
 *       value matches.</li>
 * </ul>
 */
public final class Condition {

    /** Set operator prefix. */
    public enum Qualifier {
        NONE,
        FOR_ALL_VALUES,
        FOR_ANY_VALUE
    }

    private final String operatorName;
    private final ConditionOperator operator;
    private final Qualifier qualifier;
    private final boolean ifExists;
    private final String key;
    private final String lowerKey;
    private final List<String> values;
    private final ValueMatcher matcher;
    private final boolean negated;
    // Null operator: which presence states satisfy the condition.
    private final boolean nullAcceptsAbsent;
    private final boolean nullAcceptsPresent;

    Condition(
            String operatorName,
            ConditionOperator operator,
            Qualifier qualifier,
            boolean ifExists,
            String key,
            String lowerKey,
            List<String> values,
            ValueMatcher matcher) {
        this.operatorName = operatorName;
        this.operator = operator;
        this.qualifier = qualifier;
        this.ifExists = ifExists;
        this.key = key;
        this.lowerKey = lowerKey;
        this.values = List.copyOf(values);
        this.matcher = matcher;
        this.negated = operator.negated();
        boolean acceptAbsent = false;
        boolean acceptPresent = false;
        if (operator == ConditionOperator.NULL) {
            for (String v : values) {
                if (Boolean.TRUE.equals(ConditionValues.parseBool(v))) {
                    acceptAbsent = true;
                } else {
                    acceptPresent = true;
                }
            }
        }
        this.nullAcceptsAbsent = acceptAbsent;
        this.nullAcceptsPresent = acceptPresent;
    }

    /** Operator exactly as written, e.g. {@code ForAnyValue:StringEqualsIfExists}. */
    public String operatorName() {
        return operatorName;
    }

    public ConditionOperator operator() {
        return operator;
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    public boolean ifExists() {
        return ifExists;
    }

    /** Key as written in the policy. */
    public String key() {
        return key;
    }

    /** Key lower-cased, as looked up in the request. */
    public String normalizedKey() {
        return lowerKey;
    }

    /** Policy values as strings (JSON numbers/booleans converted to their text form). */
    public List<String> values() {
        return values;
    }

    boolean evaluate(RequestContext request) {
        String[] req = request.rawValues(lowerKey);
        boolean absent = req == null || req.length == 0;
        if (operator == ConditionOperator.NULL) {
            return absent ? nullAcceptsAbsent : nullAcceptsPresent;
        }
        if (absent) {
            if (ifExists) {
                return true;
            }
            switch (qualifier) {
                case FOR_ALL_VALUES:
                    return true;
                case FOR_ANY_VALUE:
                    return false;
                default:
                    return negated;
            }
        }
        switch (qualifier) {
            case FOR_ALL_VALUES:
                for (String v : req) {
                    if (matcher.anyMatch(v) == negated) {
                        return false;
                    }
                }
                return true;
            case FOR_ANY_VALUE:
                for (String v : req) {
                    if (matcher.anyMatch(v) != negated) {
                        return true;
                    }
                }
                return false;
            default:
                for (String v : req) {
                    if (matcher.anyMatch(v)) {
                        return !negated;
                    }
                }
                return negated;
        }
    }

    @Override
    public String toString() {
        return operatorName + "{" + key + "=" + values + "}";
    }
}
