package org.iamemulator.policyengine;

import java.util.Locale;

/**
 * Glob with {@code *} (any run of characters, possibly empty, including {@code :} and {@code /}) and
 * {@code ?} (exactly one character). There is no escape syntax. Compiled once; matching allocates nothing.
 * For case-insensitive use the pattern is folded at compile time and the caller passes a folded subject.
 */
final class WildcardPattern {

    private enum Kind {
        ANY,
        EXACT,
        PREFIX,
        GENERAL
    }

    private final String pattern;
    private final Kind kind;
    private final String literal;

    private WildcardPattern(String pattern, Kind kind, String literal) {
        this.pattern = pattern;
        this.kind = kind;
        this.literal = literal;
    }

    static WildcardPattern compile(String pattern, boolean foldCase) {
        String p = foldCase ? pattern.toLowerCase(Locale.ROOT) : pattern;
        int star = p.indexOf('*');
        int q = p.indexOf('?');
        if (star < 0 && q < 0) {
            return new WildcardPattern(p, Kind.EXACT, p);
        }
        boolean allStars = true;
        for (int i = 0; i < p.length(); i++) {
            if (p.charAt(i) != '*') {
                allStars = false;
                break;
            }
        }
        if (allStars) {
            return new WildcardPattern(p, Kind.ANY, null);
        }
        // Common shape "prefix*": a startsWith check avoids the backtracking loop.
        if (q < 0 && star == p.length() - 1) {
            return new WildcardPattern(p, Kind.PREFIX, p.substring(0, star));
        }
        return new WildcardPattern(p, Kind.GENERAL, null);
    }

    boolean matchesAll() {
        return kind == Kind.ANY;
    }

    String pattern() {
        return pattern;
    }

    boolean matches(String s) {
        switch (kind) {
            case ANY:
                return true;
            case EXACT:
                return literal.equals(s);
            case PREFIX:
                return s.startsWith(literal);
            default:
                return globMatch(pattern, s);
        }
    }

    /** Linear-space glob match; backtracks only to the most recent star, which is sufficient for globs. */
    static boolean globMatch(String p, String s) {
        int pi = 0;
        int si = 0;
        int starP = -1;
        int starS = 0;
        int m = p.length();
        int n = s.length();
        while (si < n) {
            if (pi < m) {
                char pc = p.charAt(pi);
                if (pc == '*') {
                    starP = pi++;
                    starS = si;
                    continue;
                }
                if (pc == '?' || pc == s.charAt(si)) {
                    pi++;
                    si++;
                    continue;
                }
            }
            if (starP >= 0) {
                pi = starP + 1;
                si = ++starS;
            } else {
                return false;
            }
        }
        while (pi < m && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == m;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
