package org.iamemulator.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iamemulator.policyengine.AddressRange;

/**
 * An account's login policy: lock-out after failed logins, the lifetime of a login's token, where logins may come
 * from and how long an unused user stays enabled. Durations in minutes, validity in days, 0 turns a limit off.
 */
public record LoginPolicy(
        int userValidityPeriod,
        String customInfoForLogin,
        int lockoutDuration,
        int loginFailedTimes,
        int periodWithLoginFailures,
        int sessionTimeout,
        boolean showRecentLoginInfo,
        List<AllowedAddress> allowAddressNetmasks,
        List<AllowedAddress> allowIpRanges,
        List<AllowedAddress> allowIpRangesIpv6) {

    public static final List<AllowedAddress> ALL_IPV4 = List.of(new AllowedAddress("0.0.0.0-255.255.255.255", ""));
    public static final List<AllowedAddress> ALL_IPV6 = List.of(
            new AllowedAddress("0000:0000:0000:0000:0000:0000:0000:0000-FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF", ""));

    /** The real service's defaults (those Terraform writes back when the policy is destroyed). */
    public static final LoginPolicy DEFAULTS =
            new LoginPolicy(0, "", 15, 5, 15, 60, false, List.of(), ALL_IPV4, ALL_IPV6);

    public LoginPolicy {
        allowAddressNetmasks = List.copyOf(allowAddressNetmasks);
        allowIpRanges = List.copyOf(allowIpRanges);
        allowIpRangesIpv6 = List.copyOf(allowIpRangesIpv6);
    }

    /** How failed password logins lock a user out under this policy. */
    public Lockout lockout() {
        return new Lockout(
                loginFailedTimes, Duration.ofMinutes(periodWithLoginFailures), Duration.ofMinutes(lockoutDuration));
    }

    /** {@code failures} failed logins within {@code window} lock the user's password login for {@code lock}. */
    public record Lockout(int failures, Duration window, Duration lock) {}

    /** Whether a user last used (logged in, or created) at {@code lastUsed} has outlived the user validity period. */
    public boolean userExpired(Instant lastUsed, Instant now) {
        return userValidityPeriod > 0 && !now.isBefore(lastUsed.plus(Duration.ofDays(userValidityPeriod)));
    }

    /**
     * Whether a password login may come from {@code address}: an IPv4 address must lie in one of the IP ranges or
     * netmasks, an IPv6 address in one of the IPv6 ranges. A family whose lists are all empty is not restricted.
     */
    public boolean allowsAddress(String address) {
        if (AddressRange.isIpv6(address)) {
            return allowIpRangesIpv6.isEmpty()
                    || allowIpRangesIpv6.stream()
                            .anyMatch(range ->
                                    AddressRange.parseRange(range.value()).contains(address));
        }
        if (allowIpRanges.isEmpty() && allowAddressNetmasks.isEmpty()) {
            return true;
        }
        return allowIpRanges.stream()
                        .anyMatch(
                                range -> AddressRange.parseRange(range.value()).contains(address))
                || allowAddressNetmasks.stream()
                        .anyMatch(netmask ->
                                AddressRange.parseNetmask(netmask.value()).contains(address));
    }
}
