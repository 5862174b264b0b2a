package org.iamemulator.core.cache;

/**
 * A committed change of stored state that cached copies must follow. {@code id} names the changed entity; it is
 * null for the kinds that concern everything ({@link Kind#ALL_POLICIES}, {@link Kind#ALL}).
 */
public record StoreChange(Kind kind, String id) {

    public enum Kind {
        /** A user, its tags or its existence (a deleted user takes its keys, attachments and memberships). */
        USER('U'),
        /** An access key: status, secret or existence. */
        ACCESS_KEY('K'),
        /** The policies that apply to one user (its own attachments or its group memberships). */
        USER_POLICIES('P'),
        /** The policies of possibly many users: a default version, a group's attachments, a deleted group. */
        ALL_POLICIES('A'),
        /** Anything: drop every cached entry. */
        ALL('*');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        char code() {
            return code;
        }

        static Kind of(char code) {
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return kind;
                }
            }
            return ALL; // unknown: the safe answer
        }
    }

    public static final StoreChange EVERYTHING = new StoreChange(Kind.ALL, null);
    public static final StoreChange EVERY_POLICY = new StoreChange(Kind.ALL_POLICIES, null);

    public static StoreChange user(String userId) {
        return new StoreChange(Kind.USER, userId);
    }

    public static StoreChange accessKey(String accessKeyId) {
        return new StoreChange(Kind.ACCESS_KEY, accessKeyId);
    }

    public static StoreChange userPolicies(String userId) {
        return new StoreChange(Kind.USER_POLICIES, userId);
    }

    /** Wire form, e.g. {@code Uab12…}, {@code A}. */
    String encode() {
        return id == null ? String.valueOf(kind.code()) : kind.code() + id;
    }

    static StoreChange decode(String text) {
        if (text.isEmpty()) {
            return EVERYTHING;
        }
        Kind kind = Kind.of(text.charAt(0));
        String id = text.length() > 1 ? text.substring(1) : null;
        if (id == null && (kind == Kind.USER || kind == Kind.ACCESS_KEY || kind == Kind.USER_POLICIES)) {
            return EVERYTHING;
        }
        return new StoreChange(kind, id);
    }
}
