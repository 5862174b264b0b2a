package org.iamemulator.policyengine;

/**
 * One statement that contributed to a decision. {@code statementIndex} is 0-based within the
 * document's {@code Statement} array; {@code sid} is null when the statement has no Sid.
 */
public record DecidingStatement(String policyId, String versionId, int statementIndex, String sid, Effect effect) {}
