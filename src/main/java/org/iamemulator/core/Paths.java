package org.iamemulator.core;

import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.MalformedIdentifierException;

/** The path of policies and agencies ({@code team/dev/}), the same rule for both, and their prefix filter. */
public final class Paths {

    public static final String RULE =
            "empty, or segments of letters, digits and . , + @ = _ - each ending in /," + " at most 512 characters";

    private static final Pattern PATH = Pattern.compile("([A-Za-z0-9.,+@=_-]+/)*");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9.,+@=_/-]{0,512}");

    private Paths() {}

    public static void check(String path) {
        if (path.length() > 512 || !PATH.matcher(path).matches()) {
            throw new MalformedIdentifierException(MalformedIdentifierException.Kind.PATH, path, RULE);
        }
    }

    public static void checkPrefixParameter(String prefix) {
        if (prefix != null && !PREFIX.matcher(prefix).matches()) {
            throw InvalidInputException.parameter("path_prefix", "at most 512 letters, digits or . , + @ = _ - /");
        }
    }

    /** A LIKE pattern, with {@code !} as escape, for the paths that start with {@code prefix} (null: all). */
    public static String likePrefix(String prefix) {
        String literal = prefix == null ? "" : prefix;
        return literal.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
