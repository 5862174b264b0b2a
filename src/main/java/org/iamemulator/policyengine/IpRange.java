package org.iamemulator.policyengine;

/**
 * An IPv4 or IPv6 network (CIDR, or a single address = /32 or /128). Parsing is done by hand so that no
 * host-name lookup can ever happen (InetAddress.getByName would resolve names). IPv4 and IPv6 are
 * separate families: an IPv4 address never falls inside an IPv6 range, including IPv4-mapped
 * {@code ::ffff:a.b.c.d} ranges, and vice versa.
 */
final class IpRange {

    private final boolean v6;
    private final long netHi;
    private final long netLo;
    private final long maskHi;
    private final long maskLo;
    private final String text;

    private IpRange(boolean v6, long hi, long lo, int prefix, String text) {
        this.v6 = v6;
        this.text = text;
        if (v6) {
            maskHi = prefix == 0 ? 0L : (prefix >= 64 ? -1L : -1L << (64 - prefix));
            maskLo = prefix <= 64 ? 0L : (prefix == 128 ? -1L : -1L << (128 - prefix));
        } else {
            maskHi = 0L;
            maskLo = prefix == 0 ? 0L : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
        }
        // Host bits in the policy value (10.1.2.3/8) are ignored, as in AWS.
        this.netHi = hi & maskHi;
        this.netLo = lo & maskLo;
    }

    /** Parses "a.b.c.d[/n]" or an IPv6 literal "[/n]"; returns null when malformed. */
    static IpRange parse(String s) {
        int slash = s.indexOf('/');
        String addr = slash < 0 ? s : s.substring(0, slash);
        long[] out = new long[3];
        if (!parseAddress(addr, out)) {
            return null;
        }
        boolean v6 = out[0] == 6;
        int max = v6 ? 128 : 32;
        int prefix = max;
        if (slash >= 0) {
            int len = s.length() - slash - 1;
            if (len < 1 || len > 3) {
                return null;
            }
            prefix = 0;
            for (int i = slash + 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                prefix = prefix * 10 + (c - '0');
            }
            if (prefix > max) {
                return null;
            }
        }
        return new IpRange(v6, out[1], out[2], prefix, s);
    }

    boolean ipv6() {
        return v6;
    }

    boolean contains(long[] addr) {
        boolean addrV6 = addr[0] == 6;
        return addrV6 == v6 && (addr[1] & maskHi) == netHi && (addr[2] & maskLo) == netLo;
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * Parses an address literal into out = {family(4|6), hi64, lo64}. IPv4 is stored in the low 32 bits.
     * Zone ids ("%eth0") and leading zeros in IPv4 octets are rejected.
     */
    static boolean parseAddress(String s, long[] out) {
        if (s.isEmpty()) {
            return false;
        }
        if (s.indexOf(':') < 0) {
            long v4 = parseV4(s, 0, s.length());
            if (v4 < 0) {
                return false;
            }
            out[0] = 4;
            out[1] = 0;
            out[2] = v4;
            return true;
        }
        return parseV6(s, out);
    }

    private static long parseV4(String s, int from, int to) {
        long result = 0;
        int parts = 0;
        int i = from;
        while (parts < 4) {
            int start = i;
            int val = 0;
            while (i < to && i - start < 4) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                val = val * 10 + (c - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 3 || val > 255 || (digits > 1 && s.charAt(start) == '0')) {
                return -1;
            }
            result = (result << 8) | val;
            parts++;
            if (parts < 4) {
                if (i >= to || s.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
        }
        return i == to ? result : -1;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean parseV6(String s, long[] out) {
        int n = s.length();
        int[] g = new int[8];
        int count = 0;
        int gap = -1; // group index where "::" sits
        int i = 0;
        if (s.charAt(0) == ':') {
            if (n < 2 || s.charAt(1) != ':') {
                return false;
            }
            gap = 0;
            i = 2;
        }
        while (i < n) {
            int start = i;
            int val = 0;
            while (i < n && i - start < 5) {
                int h = hex(s.charAt(i));
                if (h < 0) {
                    break;
                }
                val = (val << 4) | h;
                i++;
            }
            if (i < n && s.charAt(i) == '.') {
                // Embedded IPv4 tail (::ffff:1.2.3.4) takes two groups and must end the literal.
                if (count > 6) {
                    return false;
                }
                long v4 = parseV4(s, start, n);
                if (v4 < 0) {
                    return false;
                }
                g[count++] = (int) (v4 >>> 16);
                g[count++] = (int) (v4 & 0xFFFF);
                i = n;
                break;
            }
            int digits = i - start;
            if (digits == 0 || digits > 4 || count == 8) {
                return false;
            }
            g[count++] = val;
            if (i == n) {
                break;
            }
            if (s.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (gap >= 0) {
                    return false;
                }
                gap = count;
                i++;
            } else if (i == n) {
                return false; // trailing single colon
            }
        }
        if (gap >= 0) {
            if (count > 7) {
                return false;
            }
            int move = count - gap;
            for (int k = 0; k < move; k++) {
                g[7 - k] = g[count - 1 - k];
            }
            for (int k = gap; k < 8 - move; k++) {
                g[k] = 0;
            }
        } else if (count != 8) {
            return false;
        }
        long hi = 0;
        long lo = 0;
        for (int k = 0; k < 4; k++) {
            hi = (hi << 16) | g[k];
            lo = (lo << 16) | g[k + 4];
        }
        out[0] = 6;
        out[1] = hi;
        out[2] = lo;
        return true;
    }
}
