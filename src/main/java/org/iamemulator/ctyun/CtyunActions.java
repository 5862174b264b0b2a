package org.iamemulator.ctyun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.ctyun.error.AwsError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The CTyun / AWS IAM Query operations the emulator answers: one row per {@code Action} and {@code Version}, to the
 * handler that answers it. Serving another operation is adding its row here. What the table does not hold is
 * refused as AWS refuses it: {@code MissingAction}, or {@code InvalidAction} for an action or version it does not
 * know.
 */
@Component
public class CtyunActions {

    /** Answers one operation: parses its parameters, calls one core service method, renders the answer. */
    @FunctionalInterface
    public interface Handler {
        ResponseEntity<String> handle(CtyunCall call, Caller caller, HttpServletRequest request);
    }

    public record Key(String action, String version) {}

    private final Map<Key, Handler> table;

    @Autowired
    CtyunActions(GetUser getUser) {
        this(Map.of(new Key(CtyunCall.GET_USER, CtyunCall.VERSION), getUser::handle));
    }

    public CtyunActions(Map<Key, Handler> table) {
        this.table = Map.copyOf(table);
    }

    /**
     * Refuses, with the error {@link #handlerOf} throws, an operation the table does not hold: the authentication
     * adapter asks before it looks at credentials, so that the table alone decides what the dialect serves.
     */
    public void requireServed(String action, String version) {
        handlerOf(action, version);
    }

    /** The handler of the operation; throws the error that refuses it when the table has none. */
    Handler handlerOf(String action, String version) {
        if (action == null || action.isEmpty()) {
            throw AwsError.MISSING_ACTION.failure();
        }
        Handler handler = table.get(new Key(action, version));
        if (handler == null) {
            throw AwsError.INVALID_ACTION.failure(action, version);
        }
        return handler;
    }
}
