package org.iamemulator.web.auth;

import java.util.function.BooleanSupplier;
import org.iamemulator.core.credential.KeyCredential;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.identity.Caller;

/**
 * What the dialects ask about credentials. Every dialect's signature check goes through
 * {@link #signatureMatches}, so wrong signatures of all dialects count toward one lock-out of the key.
 */
public interface Credentials {

    /** The key's secret and owner. @throws AuthenticationException {@code UNKNOWN_ACCESS_KEY} */
    KeyCredential accessKey(String accessKeyId);

    /**
     * Runs the dialect's check of the signature and counts a wrong one toward the key's lock-out.
     *
     * @throws AuthenticationException {@code ACCESS_KEY_LOCKED} while the key is locked (the check does not run)
     */
    boolean signatureMatches(KeyCredential key, BooleanSupplier check);

    /**
     * Refuses an inactive key or a disabled owner, and a temporary key (which needs its security token); records
     * the key's use. @throws AuthenticationException
     */
    default void requireUsable(KeyCredential key) {
        requireUsable(key, null);
    }

    /**
     * Also accepts a temporary key with the security token issued with it ({@code securityToken}), until the key
     * expires; a permanent key must come without a token. @throws AuthenticationException
     */
    void requireUsable(KeyCredential key, String securityToken);

    /** The caller of a token. @throws AuthenticationException for an unknown or expired token, a disabled user */
    Caller token(String token);

    /** Off mode: the owner of the key, or null when there is no such key (or no key id). */
    default Caller knownOwner(String accessKeyId) {
        if (accessKeyId == null) {
            return null;
        }
        try {
            return accessKey(accessKeyId).caller();
        } catch (AuthenticationException unknown) {
            return null;
        }
    }
}
