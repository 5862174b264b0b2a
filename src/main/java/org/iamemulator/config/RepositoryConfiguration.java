package org.iamemulator.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The JPA repositories of every feature. Their {@code @Query} strings are used as written (no {@code Pageable}, no
 * {@code Sort}, so no count query to derive): Spring Data's plain query enhancer is enough, and start-up skips
 * parsing each of them with its ANTLR HQL grammar, which took about a quarter of the start-up time. Public for
 * the bean definitions Spring AOT generates (the {@code aot} build profile).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(
        basePackages = "org.iamemulator",
        queryEnhancerSelector = RepositoryConfiguration.AsWritten.class)
public class RepositoryConfiguration {

    public static class AsWritten implements QueryEnhancerSelector {

        @Override
        public QueryEnhancerFactory select(DeclaredQuery query) {
            return QueryEnhancerFactories.fallback();
        }
    }
}
