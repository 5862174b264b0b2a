package org.iamemulator.core.policy;

/** ListPolicies filters; null members do not filter. */
public record PolicyFilter(String type, String pathPrefix, Boolean onlyAttached) {}
