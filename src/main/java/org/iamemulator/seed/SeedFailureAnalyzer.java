package org.iamemulator.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken seed file into one clear start-up message instead of a stack trace. */
class SeedFailureAnalyzer extends AbstractFailureAnalyzer<SeedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SeedException cause) {
        return new FailureAnalysis(
                cause.getMessage(), "Correct the seed file, or start without it (unset emulator.seed).", cause);
    }
}
