package org.iamemulator.core.policy;

/** Names one version of one policy. */
public record VersionRef(String policyId, String versionId) {}
