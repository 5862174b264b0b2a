package org.iamemulator.core.authz.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import org.iamemulator.core.authz.AuthorizationMessages;
import org.iamemulator.core.authz.AuthorizationObserver;
import org.iamemulator.core.authz.AuthorizationSettings;
import org.iamemulator.core.authz.Authorizer;
import org.iamemulator.core.authz.PolicyPermissionCheck;
import org.iamemulator.core.authz.RequestFacts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The permission check and the encoded authorization messages, as {@link AuthorizationSettings} say: the message key
 * is any text, whose SHA-256 keys the messages, so that several instances or restarts can decode each other's;
 * random per instance when unset.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationConfiguration {

    @Bean
    AuthorizationMessages authorizationMessages(AuthorizationSettings settings) {
        String configuredKey = settings.messageKey();
        return new AuthorizationMessages(
                configuredKey == null || configuredKey.isBlank() ? randomKey() : sha256(configuredKey));
    }

    /** Both checks in one: the permission check and the trust check of AssumeAgency. */
    @Bean
    PolicyPermissionCheck permissionCheck(
            Authorizer authorizer,
            AuthorizationMessages messages,
            AuthorizationSettings settings,
            ObjectProvider<AuthorizationObserver> observers,
            ObjectProvider<RequestFacts> facts) {
        return new PolicyPermissionCheck(
                authorizer,
                messages,
                settings.mode(),
                observers.orderedStream().toList(),
                facts.getIfAvailable(() -> Map::of));
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
