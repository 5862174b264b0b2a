package org.iamemulator.core.policy;

import java.time.Instant;

/** A read-only snapshot of a policy; {@code attachmentCount} counts users and groups of the caller's account. */
public record PolicyView(
        String id,
        String name,
        String path,
        String description,
        String type,
        String defaultVersionId,
        int attachmentCount,
        String urn,
        Instant createdAt,
        Instant updatedAt) {

    static PolicyView of(Policy policy, int attachmentCount) {
        return new PolicyView(
                policy.id(),
                policy.name(),
                policy.path(),
                policy.description(),
                policy.type(),
                policy.defaultVersionId(),
                attachmentCount,
                policy.urn(),
                policy.createdAt(),
                policy.updatedAt());
    }
}
