package org.iamemulator.core.catalog;

import java.util.Locale;

/** A condition key a service defines for its actions ({@code iam:PolicyURN}, …). */
public record ConditionKey(String key, ValueType valueType, boolean multiValued, Text description) {

    public enum ValueType {
        STRING,
        NUMERIC,
        DATE,
        BOOLEAN,
        IP_ADDRESS;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
