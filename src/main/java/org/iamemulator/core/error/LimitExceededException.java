package org.iamemulator.core.error;

/** The change would exceed one of the quotas: per entity (versions per policy, …) or per account (users, …). */
public final class LimitExceededException extends ApiException {

    /**
     * Every quota the emulator enforces, at the real service's default values. The account-wide ones can be set
     * otherwise ({@code core.account.Quotas}); GetAccountSummaryV5 shows the values in force.
     */
    public enum Quota {
        VERSIONS_PER_POLICY(5),
        POLICIES_PER_USER(10),
        POLICIES_PER_GROUP(10),
        GROUPS_PER_USER(10),
        AGENCIES_PER_ACCOUNT(50),
        POLICIES_PER_AGENCY(10),
        OIDC_PROVIDERS_PER_ACCOUNT(100),
        CLIENT_IDS_PER_OIDC_PROVIDER(100),
        SAML_PROVIDERS_PER_ACCOUNT(100),
        USERS(50),
        GROUPS(20),
        POLICIES(1500);

        private final int limit;

        Quota(int limit) {
            this.limit = limit;
        }

        /** The real service's default. */
        public int limit() {
            return limit;
        }
    }

    private final Quota quota;
    private final int limit;

    public LimitExceededException(Quota quota) {
        this(quota, quota.limit());
    }

    public LimitExceededException(Quota quota, int limit) {
        super(quota + " limit of " + limit + " exceeded");
        this.quota = quota;
        this.limit = limit;
    }

    public Quota quota() {
        return quota;
    }

    /** The limit that was reached. */
    public int limit() {
        return limit;
    }

    /** Refuses when {@code current} entries already fill the quota at its default value. */
    public static void check(Quota quota, long current) {
        if (current >= quota.limit()) {
            throw new LimitExceededException(quota);
        }
    }
}
