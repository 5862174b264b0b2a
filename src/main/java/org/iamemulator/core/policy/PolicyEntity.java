package org.iamemulator.core.policy;

import java.time.Instant;

/** A user or group a policy is attached to (agencies are not emulated, so none is ever attached to one). */
public record PolicyEntity(Type type, String id, Instant attachedAt) {

    public enum Type { USER, GROUP, AGENCY }

    /** Groups before users, each by id: the order ListEntitiesForPolicy pages in. */
    String key() {
        return type.name() + "/" + id;
    }
}
