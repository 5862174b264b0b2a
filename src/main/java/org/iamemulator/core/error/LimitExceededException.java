package org.iamemulator.core.error;

/** The change would exceed one of the per-entity limits that have their own error code in the v5 API. */
public final class LimitExceededException extends ApiException {

    /** The per-entity quotas, at the real service's default values. */
    public enum Quota {
        VERSIONS_PER_POLICY(5),
        POLICIES_PER_USER(10),
        POLICIES_PER_GROUP(10),
        GROUPS_PER_USER(10),
        AGENCIES_PER_ACCOUNT(50),
        POLICIES_PER_AGENCY(10),
        OIDC_PROVIDERS_PER_ACCOUNT(100),
        CLIENT_IDS_PER_OIDC_PROVIDER(100),
        SAML_PROVIDERS_PER_ACCOUNT(100);

        private final int limit;

        Quota(int limit) {
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    private final Quota quota;

    public LimitExceededException(Quota quota) {
        super(quota + " limit of " + quota.limit() + " exceeded");
        this.quota = quota;
    }

    public Quota quota() {
        return quota;
    }

    /** Refuses when {@code current} entries already fill the quota. */
    public static void check(Quota quota, long current) {
        if (current >= quota.limit()) {
            throw new LimitExceededException(quota);
        }
    }
}
