package org.iamemulator.policyengine;

/** Effect of a policy statement. JSON spelling is exactly {@code "Allow"} / {@code "Deny"}. */
public enum Effect {
    ALLOW,
    DENY
}
