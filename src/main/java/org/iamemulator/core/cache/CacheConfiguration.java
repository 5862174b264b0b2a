package org.iamemulator.core.cache;

import java.time.Duration;
import org.iamemulator.core.cache.VersionedCache.CacheSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

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

    /**
     * Transaction synchronization only for actual transactions: the cache-served reads run without a transaction
     * ({@code SUPPORTS}), and must not keep an EntityManager, and with it a pooled connection, bound for their
     * whole duration while a cache loads (each query takes and returns its connection instead).
     */
    @Bean
    TransactionManagerCustomizer<AbstractPlatformTransactionManager> synchronizeActualTransactionsOnly() {
        return manager -> manager.setTransactionSynchronization(
                AbstractPlatformTransactionManager.SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
    }
}
