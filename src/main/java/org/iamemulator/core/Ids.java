package org.iamemulator.core;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Identifiers in the shape the real service uses: 32 lower-case hex characters. */
public final class Ids {

    private Ids() {}

    public static String random() {
        return hex(UUID.randomUUID());
    }

    /** The same id for the same seed, so that well-known entities (root users, demo data) keep their ids. */
    public static String derived(String seed) {
        return hex(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)));
    }

    private static String hex(UUID uuid) {
        return String.format("%016x%016x", uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    }
}
