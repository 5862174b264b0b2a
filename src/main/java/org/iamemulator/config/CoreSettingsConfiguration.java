package org.iamemulator.config;

import org.iamemulator.core.account.QuotaSettings;
import org.iamemulator.core.authz.AuthorizationSettings;
import org.iamemulator.core.cache.VersionedCache.CacheSettings;
import org.iamemulator.core.credential.CredentialSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the core services their settings from {@link EmulatorProperties}; the core knows no configuration keys. */
@Configuration(proxyBeanMethods = false)
class CoreSettingsConfiguration {

    @Bean
    CacheSettings cacheSettings(EmulatorProperties properties) {
        EmulatorProperties.Cache cache = properties.cache();
        return new CacheSettings(cache.enabled(), cache.maximumSize(), cache.ttl(), cache.notifyInstances());
    }

    @Bean
    AuthorizationSettings authorizationSettings(EmulatorProperties properties) {
        return new AuthorizationSettings(
                properties.auth().mode(), properties.authz().messageKey());
    }

    @Bean
    QuotaSettings quotaSettings(EmulatorProperties properties) {
        EmulatorProperties.Quotas quotas = properties.quotas();
        return new QuotaSettings(quotas.users(), quotas.groups(), quotas.policies());
    }

    @Bean
    CredentialSettings credentialSettings(EmulatorProperties properties) {
        return new CredentialSettings(
                properties.token().ttl(), properties.secrets().masterKey());
    }
}
