package org.iamemulator.core.policy;

import java.time.Instant;

/** An agency, group or user a policy is attached to. */
public record PolicyEntity(Type type, String id, Instant attachedAt) {

    public enum Type {
        USER,
        GROUP,
        AGENCY
    }

    /** Agencies, then groups, then users, each by id: the order ListEntitiesForPolicy pages in. */
    String key() {
        return type.name() + "/" + id;
    }
}
