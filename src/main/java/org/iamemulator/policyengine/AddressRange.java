package org.iamemulator.policyengine;

/**
 * An allowed range of client addresses: {@code first-last} (both bounds included) or a netmask {@code a.b.c.d/n}.
 * Parsed by the same hand-written parser as the {@code g:SourceIp} condition ({@link IpRange}), so that no host
 * name is ever resolved; IPv4 and IPv6 stay separate families.
 */
public final class AddressRange {

    private final long[] first;
    private final long[] last;
    private final IpRange netmask;

    private AddressRange(long[] first, long[] last, IpRange netmask) {
        this.first = first;
        this.last = last;
        this.netmask = netmask;
    }

    /** {@code first-last} of one family with {@code first <= last}; null when it is not. */
    public static AddressRange parseRange(String text) {
        int dash = text.indexOf('-');
        if (dash < 0) {
            return null;
        }
        long[] first = new long[3];
        long[] last = new long[3];
        if (!IpRange.parseAddress(text.substring(0, dash), first)
                || !IpRange.parseAddress(text.substring(dash + 1), last)
                || first[0] != last[0]
                || compare(first, last) > 0) {
            return null;
        }
        return new AddressRange(first, last, null);
    }

    /** {@code address/prefix}; null when it is not one. */
    public static AddressRange parseNetmask(String text) {
        IpRange range = text.indexOf('/') < 0 ? null : IpRange.parse(text);
        return range == null ? null : new AddressRange(null, null, range);
    }

    /** Whether the range holds IPv6 addresses. */
    public boolean ipv6() {
        return netmask != null ? netmask.ipv6() : first[0] == 6;
    }

    /** Whether the address literal lies in the range; a malformed one never does. */
    public boolean contains(String address) {
        long[] parsed = new long[3];
        if (address == null || !IpRange.parseAddress(address, parsed)) {
            return false;
        }
        if (netmask != null) {
            return netmask.contains(parsed);
        }
        return parsed[0] == first[0] && compare(first, parsed) <= 0 && compare(parsed, last) <= 0;
    }

    /** Whether the literal is an IPv6 address (false for IPv4 and malformed ones). */
    public static boolean isIpv6(String address) {
        long[] parsed = new long[3];
        return address != null && IpRange.parseAddress(address, parsed) && parsed[0] == 6;
    }

    private static int compare(long[] a, long[] b) {
        int high = Long.compareUnsigned(a[1], b[1]);
        return high != 0 ? high : Long.compareUnsigned(a[2], b[2]);
    }
}
