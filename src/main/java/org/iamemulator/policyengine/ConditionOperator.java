package org.iamemulator.policyengine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Base condition operators (without ForAllValues:/ForAnyValue: prefix and IfExists suffix). Names are
 * case-sensitive. A negated operator shares its matcher with the positive one; the negation is applied by
 * {@link Condition} so that "matches none of the policy values" is computed once, consistently.
 */
public enum ConditionOperator {
    STRING_EQUALS("StringEquals", Family.STRING_EQUALS, false),
    STRING_NOT_EQUALS("StringNotEquals", Family.STRING_EQUALS, true),
    STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Family.STRING_EQUALS_IGNORE_CASE, false),
    STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Family.STRING_EQUALS_IGNORE_CASE, true),
    STRING_MATCH("StringMatch", Family.STRING_MATCH, false),
    STRING_NOT_MATCH("StringNotMatch", Family.STRING_MATCH, true),
    STRING_LIKE("StringLike", Family.STRING_MATCH, false),
    STRING_NOT_LIKE("StringNotLike", Family.STRING_MATCH, true),
    STRING_START_WITH("StringStartWith", Family.STRING_START_WITH, false),
    STRING_NOT_START_WITH("StringNotStartWith", Family.STRING_START_WITH, true),
    STRING_END_WITH("StringEndWith", Family.STRING_END_WITH, false),
    STRING_NOT_END_WITH("StringNotEndWith", Family.STRING_END_WITH, true),
    NUMBER_EQUALS("NumberEquals", Family.NUMBER_EQ, false),
    NUMBER_NOT_EQUALS("NumberNotEquals", Family.NUMBER_EQ, true),
    NUMBER_LESS_THAN("NumberLessThan", Family.NUMBER_LT, false),
    NUMBER_LESS_THAN_EQUALS("NumberLessThanEquals", Family.NUMBER_LE, false),
    NUMBER_GREATER_THAN("NumberGreaterThan", Family.NUMBER_GT, false),
    NUMBER_GREATER_THAN_EQUALS("NumberGreaterThanEquals", Family.NUMBER_GE, false),
    DATE_EQUALS("DateEquals", Family.DATE_EQ, false),
    DATE_NOT_EQUALS("DateNotEquals", Family.DATE_EQ, true),
    DATE_LESS_THAN("DateLessThan", Family.DATE_LT, false),
    DATE_LESS_THAN_EQUALS("DateLessThanEquals", Family.DATE_LE, false),
    DATE_GREATER_THAN("DateGreaterThan", Family.DATE_GT, false),
    DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Family.DATE_GE, false),
    BOOL("Bool", Family.BOOL, false),
    IP_ADDRESS("IpAddress", Family.IP, false),
    NOT_IP_ADDRESS("NotIpAddress", Family.IP, true),
    NULL("Null", Family.NULL, false);

    enum Family {
        STRING_EQUALS,
        STRING_EQUALS_IGNORE_CASE,
        STRING_MATCH,
        STRING_START_WITH,
        STRING_END_WITH,
        NUMBER_EQ,
        NUMBER_LT,
        NUMBER_LE,
        NUMBER_GT,
        NUMBER_GE,
        DATE_EQ,
        DATE_LT,
        DATE_LE,
        DATE_GT,
        DATE_GE,
        BOOL,
        IP,
        NULL
    }

    private static final Map<String, ConditionOperator> BY_NAME = new HashMap<>();

    static {
        for (ConditionOperator op : values()) {
            BY_NAME.put(op.jsonName, op);
        }
    }

    private final String jsonName;
    private final Family family;
    private final boolean negated;

    ConditionOperator(String jsonName, Family family, boolean negated) {
        this.jsonName = jsonName;
        this.family = family;
        this.negated = negated;
    }

    /** Exact (case-sensitive) operator name as written in a policy, e.g. {@code StringEquals}. */
    public String jsonName() {
        return jsonName;
    }

    /** True for operators that hold when the request value matches none of the policy values. */
    public boolean negated() {
        return negated;
    }

    Family family() {
        return family;
    }

    /** Null when the name is not a base operator. */
    static ConditionOperator byName(String name) {
        return BY_NAME.get(name);
    }

    /**
     * Compiles the policy values. {@code valueLocations[i]} names value i in error messages.
     * Throws PolicyValidationException for a value the operator cannot use.
     */
    ValueMatcher compile(List<String> values, String[] valueLocations) {
        int n = values.size();
        switch (family) {
            case STRING_EQUALS: {
                if (n == 1) {
                    String only = values.get(0);
                    return only::equals;
                }
                if (n > 8) {
                    Set<String> set = new HashSet<>(values);
                    return set::contains;
                }
                String[] arr = values.toArray(new String[0]);
                return v -> {
                    for (String p : arr) {
                        if (p.equals(v)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case STRING_EQUALS_IGNORE_CASE: {
                String[] arr = values.toArray(new String[0]);
                return v -> {
                    for (String p : arr) {
                        if (p.equalsIgnoreCase(v)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case STRING_MATCH: {
                WildcardPattern[] pats = new WildcardPattern[n];
                for (int i = 0; i < n; i++) {
                    pats[i] = WildcardPattern.compile(values.get(i), false);
                }
                return v -> {
                    for (WildcardPattern p : pats) {
                        if (p.matches(v)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case STRING_START_WITH: {
                String[] arr = values.toArray(new String[0]);
                return v -> {
                    for (String p : arr) {
                        if (v.startsWith(p)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case STRING_END_WITH: {
                String[] arr = values.toArray(new String[0]);
                return v -> {
                    for (String p : arr) {
                        if (v.endsWith(p)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case NUMBER_EQ:
            case NUMBER_LT:
            case NUMBER_LE:
            case NUMBER_GT:
            case NUMBER_GE: {
                BigDecimal[] nums = new BigDecimal[n];
                for (int i = 0; i < n; i++) {
                    nums[i] = ConditionValues.parseNumber(values.get(i));
                    if (nums[i] == null) {
                        throw new PolicyValidationException(
                                valueLocations[i], "not a number: \"" + values.get(i) + "\"");
                    }
                }
                Family f = family;
                return v -> {
                    BigDecimal r = ConditionValues.parseNumber(v);
                    if (r == null) {
                        return false;
                    }
                    for (BigDecimal p : nums) {
                        if (compareHolds(f, r.compareTo(p))) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case DATE_EQ:
            case DATE_LT:
            case DATE_LE:
            case DATE_GT:
            case DATE_GE: {
                Instant[] dates = new Instant[n];
                for (int i = 0; i < n; i++) {
                    dates[i] = ConditionValues.parseDate(values.get(i));
                    if (dates[i] == null) {
                        throw new PolicyValidationException(valueLocations[i], "not a date: \"" + values.get(i) + "\"");
                    }
                }
                Family f = family;
                return v -> {
                    Instant r = ConditionValues.parseDate(v);
                    if (r == null) {
                        return false;
                    }
                    for (Instant p : dates) {
                        if (compareHolds(f, r.compareTo(p))) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case BOOL: {
                boolean acceptTrue = false;
                boolean acceptFalse = false;
                for (int i = 0; i < n; i++) {
                    Boolean b = ConditionValues.parseBool(values.get(i));
                    if (b == null) {
                        throw new PolicyValidationException(
                                valueLocations[i], "not a boolean (true/false): \"" + values.get(i) + "\"");
                    }
                    if (b) {
                        acceptTrue = true;
                    } else {
                        acceptFalse = true;
                    }
                }
                boolean t = acceptTrue;
                boolean f = acceptFalse;
                return v -> {
                    Boolean b = ConditionValues.parseBool(v);
                    return b != null && (b ? t : f);
                };
            }
            case IP: {
                IpRange[] ranges = new IpRange[n];
                for (int i = 0; i < n; i++) {
                    ranges[i] = IpRange.parse(values.get(i));
                    if (ranges[i] == null) {
                        throw new PolicyValidationException(
                                valueLocations[i], "not an IP address or CIDR: \"" + values.get(i) + "\"");
                    }
                }
                return v -> {
                    long[] addr = new long[3];
                    if (!IpRange.parseAddress(v, addr)) {
                        return false;
                    }
                    for (IpRange r : ranges) {
                        if (r.contains(addr)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            case NULL: {
                for (int i = 0; i < n; i++) {
                    if (ConditionValues.parseBool(values.get(i)) == null) {
                        throw new PolicyValidationException(
                                valueLocations[i], "not a boolean (true/false): \"" + values.get(i) + "\"");
                    }
                }
                return v -> false; // Null is decided on presence alone, see Condition
            }
            default:
                throw new IllegalStateException(family.name());
        }
    }

    /** cmp = request.compareTo(policy). */
    private static boolean compareHolds(Family f, int cmp) {
        switch (f) {
            case NUMBER_EQ:
            case DATE_EQ:
                return cmp == 0;
            case NUMBER_LT:
            case DATE_LT:
                return cmp < 0;
            case NUMBER_LE:
            case DATE_LE:
                return cmp <= 0;
            case NUMBER_GT:
            case DATE_GT:
                return cmp > 0;
            case NUMBER_GE:
            case DATE_GE:
                return cmp >= 0;
            default:
                return false;
        }
    }
}
