package org.iamemulator.core.account;

import java.util.EnumMap;
import java.util.Map;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.springframework.stereotype.Component;

/**
 * The one source of the quota values: what refuses one entity too many is what GetAccountSummaryV5 shows. The
 * account-wide quotas come from the settings (the real service lets an account raise them); the others are the
 * real service's defaults.
 */
@Component
public class Quotas {

    private final Map<Quota, Integer> limits = new EnumMap<>(Quota.class);

    public Quotas(QuotaSettings settings) {
        for (Quota quota : Quota.values()) {
            limits.put(quota, quota.limit());
        }
        limits.put(Quota.USERS, settings.users());
        limits.put(Quota.GROUPS, settings.groups());
        limits.put(Quota.POLICIES, settings.policies());
    }

    public int limit(Quota quota) {
        return limits.get(quota);
    }

    /** Refuses when {@code current} entries already fill the quota. */
    public void check(Quota quota, long current) {
        int limit = limit(quota);
        if (current >= limit) {
            throw new LimitExceededException(quota, limit);
        }
    }
}
