package org.iamemulator.web.auth;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.iamemulator.core.credential.KeyCredential;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.error.AuthenticationException.Reason;
import org.iamemulator.core.identity.Caller;

/**
 * Credentials held in memory for the adapters' unit tests: keys, their owners' state, and a lock that the test sets
 * (the lock-out's own rules are tested with the store, in {@code AccessKeyLockoutTest} and across dialects).
 */
public final class InMemoryCredentials implements Credentials {

    private final Map<String, KeyCredential> keys = new HashMap<>();
    private final Set<String> locked = new HashSet<>();
    private final Set<String> inactive = new HashSet<>();
    private int wrongSignatures;

    public InMemoryCredentials withKey(String accessKeyId, String secretKey, Caller owner) {
        keys.put(accessKeyId, new KeyCredential(accessKeyId, secretKey, owner));
        return this;
    }

    public void lock(String accessKeyId) {
        locked.add(accessKeyId);
    }

    public void deactivate(String accessKeyId) {
        inactive.add(accessKeyId);
    }

    /** How many wrong signatures were counted. */
    public int wrongSignatures() {
        return wrongSignatures;
    }

    @Override
    public KeyCredential accessKey(String accessKeyId) {
        KeyCredential key = keys.get(accessKeyId);
        if (key == null) {
            throw new AuthenticationException(Reason.UNKNOWN_ACCESS_KEY, accessKeyId);
        }
        return key;
    }

    @Override
    public boolean signatureMatches(KeyCredential key, BooleanSupplier check) {
        if (locked.contains(key.accessKeyId())) {
            throw new AuthenticationException(Reason.ACCESS_KEY_LOCKED, key.accessKeyId());
        }
        boolean matches = check.getAsBoolean();
        if (!matches) {
            wrongSignatures++;
        }
        return matches;
    }

    @Override
    public void requireUsable(KeyCredential key, String securityToken) {
        if (securityToken != null) {
            throw new AuthenticationException(Reason.SECURITY_TOKEN_INVALID, key.accessKeyId());
        }
        if (inactive.contains(key.accessKeyId())) {
            throw new AuthenticationException(Reason.ACCESS_KEY_INACTIVE, key.accessKeyId());
        }
    }

    @Override
    public Caller token(String token) {
        throw new AuthenticationException(Reason.TOKEN_INVALID, "token");
    }
}
