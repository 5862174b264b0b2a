package org.iamemulator.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.core.identity.Caller;

/**
 * A request refused: the error code and message (for the soft-mode log), whom its credentials claimed (soft mode goes
 * on as that caller), and how the dialect writes the answer. Carries no stack trace: refusals are ordinary answers.
 */
public final class Refusal extends Exception {

    /** Writes the refusal in the dialect's wire format. */
    @FunctionalInterface
    public interface Answer {
        void write(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final String code;
    private final transient Caller claimed;
    private final transient Answer answer;

    public Refusal(String code, String message, Caller claimed, Answer answer) {
        super(message, null, false, false);
        this.code = code;
        this.claimed = claimed;
        this.answer = answer;
    }

    public String code() {
        return code;
    }

    /** The caller the refused credentials named, or null. */
    public Caller claimed() {
        return claimed;
    }

    public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer.write(request, response);
    }
}
