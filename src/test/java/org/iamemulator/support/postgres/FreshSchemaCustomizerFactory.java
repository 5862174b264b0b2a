package org.iamemulator.support.postgres;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Gives each {@link OnPostgres} test class's context a fresh PostgreSQL schema. */
class FreshSchemaCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        if (!MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(OnPostgres.class)) {
            return null;
        }
        return new FreshSchema(testClass.getName());
    }

    /** One per test class (equality by class name), so that no two classes share a context or a schema. */
    private record FreshSchema(String testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String schema = TestPostgres.freshSchema();
            Map<String, Object> properties = TestPostgres.properties(schema);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("freshSchema", properties));
            context.addApplicationListener(event -> {
                if (event instanceof org.springframework.context.event.ContextClosedEvent closed
                        && closed.getApplicationContext() == context) {
                    // after the context's own shutdown, on a thread of its own so the pool is gone first
                    Thread dropper = new Thread(() -> {
                        try {
                            Thread.sleep(2000);
                        } catch (InterruptedException ignored) {
                            return;
                        }
                        TestPostgres.dropSchema(schema);
                    });
                    dropper.setDaemon(true);
                    dropper.start();
                }
            });
        }
    }
}
