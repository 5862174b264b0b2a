package org.iamemulator.support.postgres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a Spring Boot integration test against PostgreSQL (the {@code postgres} profile) in a schema of its own,
 * created empty for the test class and migrated by Flyway; skipped when no PostgreSQL answers
 * ({@link TestPostgres}). The context is closed after the class, so that connections do not pile up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresAvailable.class)
@ActiveProfiles("postgres")
@ContextCustomizerFactories(FreshSchemaCustomizerFactory.class)
@DirtiesContext
public @interface OnPostgres {}
