package org.iamemulator.core.cache;

import java.time.Duration;
import org.iamemulator.core.cache.VersionedCache.CacheSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code emulator.cache.enabled} (default true), {@code emulator.cache.maximum-size} (entries per cache, default
 * 100,000) and {@code emulator.cache.ttl} (a backstop: the longest an entry lives, default 10 minutes; coherence
 * comes from {@link StoreChanges}, not from expiry).
 */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    @Bean
    CacheSettings cacheSettings(@Value("${emulator.cache.enabled:true}") boolean enabled,
            @Value("${emulator.cache.maximum-size:100000}") long maximumSize,
            @Value("${emulator.cache.ttl:PT10M}") Duration ttl) {
        return new CacheSettings(enabled, maximumSize, ttl);
    }
}
