package org.iamemulator.policyengine;

/**
 * A policy document is invalid. {@link #location()} is a path into the document such as
 * {@code Statement[1].Condition.StringEqualz} (0-based indexes), {@code line 3, column 7} for malformed JSON,
 * or the empty string for whole-document problems (size, emptiness). The message is
 * {@code "<location>: <problem>"}, or just the problem when the location is empty.
 */
public class PolicyValidationException extends RuntimeException {

    private final String location;
    private final String problem;

    public PolicyValidationException(String location, String problem) {
        super(location == null || location.isEmpty() ? problem : location + ": " + problem);
        this.location = location == null ? "" : location;
        this.problem = problem;
    }

    /** Where in the document the problem is; empty for whole-document problems. */
    public String location() {
        return location;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
