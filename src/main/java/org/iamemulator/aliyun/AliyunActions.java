package org.iamemulator.aliyun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.iamemulator.aliyun.error.AliyunError;
import org.iamemulator.core.identity.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The Alibaba Cloud RPC operations the emulator answers: one row per {@code Action} and API {@code Version}, to
 * the handler that answers it. Serving another operation is adding its row here. What the table does not hold is
 * refused as the real gateway refuses it: an unknown API version {@code InvalidVersion}, an unknown action of a
 * known version {@code InvalidApi.NotFound}.
 */
@Component
public class AliyunActions {

    /** Answers one operation: parses its parameters, calls one core service method, renders the answer. */
    @FunctionalInterface
    public interface Handler {
        ResponseEntity<String> handle(AliyunCall call, Caller caller, HttpServletRequest request);
    }

    public record Key(String action, String version) {}

    private final Map<Key, Handler> table;

    @Autowired
    AliyunActions(GetLoginProfile getLoginProfile) {
        this(Map.of(
                new Key(AliyunCall.GET_LOGIN_PROFILE, AliyunCall.IMS_VERSION), getLoginProfile::ims,
                new Key(AliyunCall.GET_LOGIN_PROFILE, AliyunCall.RAM_VERSION), getLoginProfile::ram));
    }

    public AliyunActions(Map<Key, Handler> table) {
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
            throw AliyunError.missing("Action");
        }
        if (version == null || version.isEmpty()) {
            throw AliyunError.missing("Version");
        }
        if (table.keySet().stream().noneMatch(key -> key.version().equals(version))) {
            throw AliyunError.INVALID_VERSION.failure();
        }
        Handler handler = table.get(new Key(action, version));
        if (handler == null) {
            throw AliyunError.API_NOT_FOUND.failure();
        }
        return handler;
    }
}
