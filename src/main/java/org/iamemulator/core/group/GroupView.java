package org.iamemulator.core.group;

import java.time.Instant;

/** A read-only snapshot of a group. */
public record GroupView(String id, String name, String description, Instant createdAt, String urn) {

    static GroupView of(Group group) {
        return new GroupView(group.id(), group.name(), group.description(), group.createdAt(), group.urn());
    }
}
