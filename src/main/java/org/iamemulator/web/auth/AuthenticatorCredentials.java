package org.iamemulator.web.auth;

import java.util.function.BooleanSupplier;
import org.iamemulator.core.credential.CredentialAuthenticator;
import org.iamemulator.core.credential.KeyCredential;
import org.iamemulator.core.identity.Caller;
import org.springframework.stereotype.Component;

/** The dialects' credentials from the store, through the core's authenticator and its access-key lock-out. */
@Component
class AuthenticatorCredentials implements Credentials {

    private final CredentialAuthenticator authenticator;

    AuthenticatorCredentials(CredentialAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public KeyCredential accessKey(String accessKeyId) {
        return authenticator.accessKey(accessKeyId);
    }

    @Override
    public boolean signatureMatches(KeyCredential key, BooleanSupplier check) {
        return authenticator.signatureMatches(key, check);
    }

    @Override
    public void requireUsable(KeyCredential key, String securityToken) {
        authenticator.requireUsable(key, securityToken);
    }

    @Override
    public Caller token(String token) {
        return authenticator.token(token);
    }
}
