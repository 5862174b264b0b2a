package org.iamemulator.core.cache;

import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/** How the caches take part in transactions; their settings ({@code emulator.cache.*}) come from the configuration. */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

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
