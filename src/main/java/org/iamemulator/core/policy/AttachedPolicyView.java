package org.iamemulator.core.policy;

import java.time.Instant;

/** A policy as attached to a user or group. */
public record AttachedPolicyView(String policyId, String policyName, String urn, Instant attachedAt) {}
