package org.iamemulator.policyengine;

import java.util.Objects;

/**
 * A policy version as it applies to a principal: identifiers are carried through so a decision can
 * report which statements decided it.
 */
public record AttachedPolicy(String policyId, String versionId, PolicyDocument document) {
    public AttachedPolicy {
        Objects.requireNonNull(document, "document");
    }
}
