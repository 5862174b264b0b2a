package org.iamemulator.core.policy;

/** What CreatePolicy asks for; null path and description mean empty. */
public record NewPolicy(String name, String path, String document, String description) {}
