package org.iamemulator.seed;

/** A seed file that cannot be loaded: names the file, the place inside it and the rule it breaks. */
public final class SeedException extends RuntimeException {

    public SeedException(String file, String path, String rule) {
        super("Seed file " + file + ": " + (path.isEmpty() ? "" : path + ": ") + rule, null, false, false);
    }
}
