package org.iamemulator.core.authz;

import java.util.Map;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.identity.Caller;
import org.springframework.stereotype.Service;

/** STS5 DecodeAuthorizationMessage: turns an {@code encoded_authorization_message} back into its JSON text. */
@Service
public class AuthorizationMessageService {

    public static final String DECODE = "sts::decodeAuthorizationMessage";
    private static final int MAX_LENGTH = 10240;

    private final AuthorizationMessages messages;
    private final PermissionCheck permissions;

    public AuthorizationMessageService(AuthorizationMessages messages, PermissionCheck permissions) {
        this.messages = messages;
        this.permissions = permissions;
    }

    /** The decoded JSON text; only messages issued for the caller's own account can be decoded. */
    public String decode(Caller caller, String encoded) {
        if (encoded == null) {
            throw InvalidInputException.missingField("encoded_message");
        }
        if (encoded.isEmpty() || encoded.length() > MAX_LENGTH) {
            throw InvalidInputException.field("encoded_message", abbreviated(encoded), "1 to 10240 characters");
        }
        permissions.require(caller, DECODE, new ProtectedResource(null, Map.of(), false));
        return messages.decode(caller.accountId(), encoded)
                .orElseThrow(() -> InvalidInputException.field(
                        "encoded_message",
                        abbreviated(encoded),
                        "an encoded authorization message this emulator issued for your account"));
    }

    private static String abbreviated(String value) {
        return value.length() <= 32 ? value : value.substring(0, 32) + "...";
    }
}
