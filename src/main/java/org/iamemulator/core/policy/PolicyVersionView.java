package org.iamemulator.core.policy;

import java.time.Instant;

/** A read-only snapshot of a policy version; the document is the JSON text as it was sent. */
public record PolicyVersionView(String versionId, String document, boolean isDefault, Instant createdAt) {

    static PolicyVersionView of(PolicyVersion version, Policy policy) {
        return new PolicyVersionView(
                version.versionId(),
                version.document(),
                version.versionId().equals(policy.defaultVersionId()),
                version.createdAt());
    }
}
