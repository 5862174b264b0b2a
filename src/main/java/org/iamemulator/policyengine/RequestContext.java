package org.iamemulator.policyengine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What is being asked: principal, action, resource URN and condition-key values. Immutable and
 * thread-safe. Condition key names are case-insensitive (stored lower-cased); values are kept verbatim.
 * A key present with zero values is an empty set, which the engine treats like an absent key except
 * where documented (see docs/policy-language.md).
 */
public final class RequestContext {

    private static final String[] NO_VALUES = new String[0];

    private final String action;
    private final String actionLower;
    private final String resource;
    private final boolean principalIsRoot;
    private final Map<String, String[]> conditions;

    private RequestContext(Builder b) {
        this.action = Objects.requireNonNull(b.action, "action");
        this.actionLower = action.toLowerCase(Locale.ROOT);
        this.resource = b.resource;
        this.principalIsRoot = b.principalIsRoot;
        Map<String, String[]> m = new HashMap<>(Math.max(4, b.conditions.size() * 2));
        for (Map.Entry<String, List<String>> e : b.conditions.entrySet()) {
            List<String> v = e.getValue();
            m.put(e.getKey(), v.isEmpty() ? NO_VALUES : v.toArray(NO_VALUES));
        }
        this.conditions = m;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String action() {
        return action;
    }

    /** Resource URN, or null for resource-less actions. */
    public String resource() {
        return resource;
    }

    public boolean principalIsRoot() {
        return principalIsRoot;
    }

    /** Values of a condition key (any case), or null when the key is absent. Returns a copy. */
    public List<String> conditionValues(String key) {
        String[] v = conditions.get(key.toLowerCase(Locale.ROOT));
        return v == null ? null : List.of(v);
    }

    /** All condition keys (lower-cased) with their values; a copy. */
    public Map<String, List<String>> conditions() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        conditions.forEach((k, v) -> out.put(k, List.of(v)));
        return Collections.unmodifiableMap(out);
    }

    /** Lower-cased action, for case-insensitive matching without per-evaluation allocation. */
    String actionLower() {
        return actionLower;
    }

    /** Raw values for an already lower-cased key; null when absent. Callers must not modify the array. */
    String[] rawValues(String lowerKey) {
        return conditions.get(lowerKey);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RequestContext{action=")
                .append(action)
                .append(", resource=")
                .append(resource)
                .append(", root=")
                .append(principalIsRoot)
                .append(", conditions={");
        boolean first = true;
        for (Map.Entry<String, String[]> e : conditions.entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(e.getKey()).append('=').append(Arrays.toString(e.getValue()));
        }
        return sb.append("}}").toString();
    }

    public static final class Builder {
        private String action;
        private String resource;
        private boolean principalIsRoot;
        private final Map<String, List<String>> conditions = new LinkedHashMap<>();

        private Builder() {}

        public Builder action(String action) {
            this.action = Objects.requireNonNull(action, "action");
            return this;
        }

        /** Resource URN; null for actions that have no resource. */
        public Builder resource(String urn) {
            this.resource = urn;
            return this;
        }

        public Builder principalIsRoot(boolean root) {
            this.principalIsRoot = root;
            return this;
        }

        /**
         * Adds values for a key (name case-insensitive). Calling it again for the same key appends.
         * Calling it with no values makes the key present with an empty set.
         */
        public Builder condition(String key, String... values) {
            return condition(key, values == null ? List.of() : Arrays.asList(values));
        }

        public Builder condition(String key, Collection<String> values) {
            Objects.requireNonNull(key, "key");
            List<String> list = conditions.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
            if (values != null) {
                for (String v : values) {
                    list.add(Objects.requireNonNull(v, "condition value"));
                }
            }
            return this;
        }

        public RequestContext build() {
            return new RequestContext(this);
        }
    }
}
