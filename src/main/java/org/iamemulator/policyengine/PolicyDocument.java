package org.iamemulator.policyengine;

import java.util.List;

/** A parsed, validated, immutable policy document (Version 5.0). Safe to share between threads. */
public final class PolicyDocument {

    /** Maximum document size in UTF-8 bytes, as enforced by Huawei Cloud IAM v5. */
    public static final int MAX_BYTES = 6144;

    private final List<Statement> statements;
    private final Statement[] statementArray;

    PolicyDocument(List<Statement> statements) {
        this.statements = List.copyOf(statements);
        this.statementArray = statements.toArray(new Statement[0]);
    }

    /**
     * Parses and validates a policy document, as it was accepted when stored: actions are not looked up.
     * @throws PolicyValidationException with the location of the first problem found
     */
    public static PolicyDocument parse(String json) {
        return PolicyParser.parse(json, KnownActions.UNCHECKED);
    }

    /**
     * Parses and validates a new policy document: an action of a service that {@code known} covers must name, or
     * match, one of its actions.
     * @throws PolicyValidationException with the location of the first problem found
     */
    public static PolicyDocument parse(String json, KnownActions known) {
        return PolicyParser.parse(json, known);
    }

    public List<Statement> statements() {
        return statements;
    }

    /** Array view for the engine's hot loop (no iterator allocation). Never modified. */
    Statement[] statementArray() {
        return statementArray;
    }

    @Override
    public String toString() {
        return "PolicyDocument" + statements;
    }
}
