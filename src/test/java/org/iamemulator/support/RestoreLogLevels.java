package org.iamemulator.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.slf4j.LoggerFactory;

/**
 * For test classes that start an emulator with their own {@code logging.level.*}: the levels are set on the logging
 * system that every test of the JVM shares, and stay after the emulator stops. This puts back, after the class, the
 * levels every logger had before it, so that the tests after it log as quietly as before.
 */
public final class RestoreLogLevels implements BeforeAllCallback, AfterAllCallback {

    private static final Namespace NAMESPACE = Namespace.create(RestoreLogLevels.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Map<String, Level> levels = new HashMap<>();
        for (Logger logger : loggers().getLoggerList()) {
            levels.put(logger.getName(), logger.getLevel());
        }
        context.getStore(NAMESPACE).put("levels", levels);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterAll(ExtensionContext context) {
        Map<String, Level> levels = context.getStore(NAMESPACE).get("levels", Map.class);
        for (Logger logger : loggers().getLoggerList()) {
            // a logger first named by the class inherits its level again
            logger.setLevel(levels.get(logger.getName()));
        }
    }

    private static LoggerContext loggers() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
