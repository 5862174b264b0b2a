package org.iamemulator.core.error;

/** The change would exceed one of the account's quotas. */
public final class QuotaExceededException extends ApiException {

    /** The per-entity quotas the emulator enforces, at the real service's default values. */
    public enum Quota {
        VERSIONS_PER_POLICY(5),
        POLICIES_PER_USER(10),
        POLICIES_PER_GROUP(10),
        GROUPS_PER_USER(10);

        private final int limit;

        Quota(int limit) {
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    private final Quota quota;

    public QuotaExceededException(Quota quota) {
        super(quota + " quota of " + quota.limit() + " exceeded");
        this.quota = quota;
    }

    public Quota quota() {
        return quota;
    }

    /** Refuses when {@code current} entries already fill the quota. */
    public static void check(Quota quota, long current) {
        if (current >= quota.limit()) {
            throw new QuotaExceededException(quota);
        }
    }
}
