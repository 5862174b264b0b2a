package org.iamemulator.core.security;

import java.util.List;

/** An UpdateLoginPolicyV5: the fields it names (non-null) change, the others stay; a list replaces the list. */
public record LoginPolicyChange(
        Integer userValidityPeriod,
        String customInfoForLogin,
        Integer lockoutDuration,
        Integer loginFailedTimes,
        Integer periodWithLoginFailures,
        Integer sessionTimeout,
        Boolean showRecentLoginInfo,
        List<AllowedAddress> allowAddressNetmasks,
        List<AllowedAddress> allowIpRanges,
        List<AllowedAddress> allowIpRangesIpv6) {}
