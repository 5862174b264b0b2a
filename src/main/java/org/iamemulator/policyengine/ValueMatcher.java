package org.iamemulator.policyengine;

/** Precompiled policy values of one condition: does a single request value match at least one of them? */
@FunctionalInterface
interface ValueMatcher {
    boolean anyMatch(String requestValue);
}
