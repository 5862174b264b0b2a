package org.iamemulator.core.user;

import java.time.Instant;
import java.util.Map;

/** A read-only snapshot of a user, safe to hand to any dialect adapter outside a transaction. */
public record UserView(
        String id,
        String accountId,
        String name,
        String description,
        boolean enabled,
        boolean rootUser,
        Instant createdAt,
        String urn,
        Map<String, String> tags) {

    static UserView of(User user, boolean withTags) {
        return new UserView(
                user.id(),
                user.accountId(),
                user.name(),
                user.description(),
                user.enabled(),
                user.rootUser(),
                user.createdAt(),
                user.urn(),
                withTags ? Map.copyOf(user.tags()) : Map.of());
    }
}
