package org.iamemulator.junit5;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives a test class its emulator (configured by {@link IamEmulatorTest} or, registered with
 * {@code @RegisterExtension}, by its builder): one child process per configuration and test JVM, started by the first
 * class that needs it and stopped at the end of the run; or the running emulator at {@code iam.emulator.endpoint}.
 * Resets it before each test unless told not to.
 */
public final class IamEmulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    static final String PARALLEL_EXECUTION = "junit.jupiter.execution.parallel.enabled";

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(IamEmulatorExtension.class);

    /** Null when the settings come from {@link IamEmulatorTest}. */
    private final Options options;

    private volatile IamEmulator emulator;

    /** Used by {@link IamEmulatorTest}: the settings come from the annotation. */
    public IamEmulatorExtension() {
        this(null);
    }

    private IamEmulatorExtension(Options options) {
        this.options = options;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The emulator of the test class, once the class has started. */
    public IamEmulator emulator() {
        IamEmulator started = emulator;
        if (started == null) {
            throw new IllegalStateException("The emulator is there once the test class has started (from beforeAll)");
        }
        return started;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulatorFor(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        IamEmulator shared = emulatorFor(context);
        if (!optionsFor(context).resetBetweenTests()) {
            return;
        }
        Class<?> testClass = context.getRequiredTestClass();
        boolean parallel = context.getConfigurationParameter(PARALLEL_EXECUTION)
                .map(Boolean::parseBoolean)
                .orElse(false);
        if (parallel && findOnClassOrEnclosing(testClass, Isolated.class).isEmpty()) {
            throw new ExtensionConfigurationException("The IAM emulator is shared by the test classes of this JVM "
                    + "and " + PARALLEL_EXECUTION + "=true: resetting it before each test of "
                    + testClass.getName() + " would reset it under the classes running at the same time. Annotate "
                    + "the class with @Isolated, or set resetBetweenTests = false and give the class an account of "
                    + "its own with IamEmulator.newAccount().");
        }
        shared.reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == IamEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulatorFor(context);
    }

    /** From the root store: the emulator of this configuration, started on first use, or its failure to start. */
    private IamEmulator emulatorFor(ExtensionContext context) {
        Settings settings = Settings.of(context);
        EmulatorConfiguration configuration = optionsFor(context).configuration();
        Object key = settings.get(Settings.ENDPOINT).<Object>map(URI::create).orElse(configuration);
        IamEmulator shared = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(key, k -> SharedEmulator.start(configuration, settings), SharedEmulator.class)
                .emulator();
        emulator = shared;
        return shared;
    }

    private Options optionsFor(ExtensionContext context) {
        if (options != null) {
            return options;
        }
        Class<?> testClass = context.getRequiredTestClass();
        IamEmulatorTest annotation = findOnClassOrEnclosing(testClass, IamEmulatorTest.class)
                .orElseThrow(() -> new ExtensionConfigurationException(testClass.getName() + " uses "
                        + IamEmulatorExtension.class.getSimpleName() + " without @IamEmulatorTest: register it with "
                        + "@RegisterExtension and IamEmulatorExtension.builder() instead"));
        return new Options(
                EmulatorConfiguration.of(annotation.seed(), List.of(annotation.properties())),
                annotation.resetBetweenTests());
    }

    /** On the class, a superclass or a meta-annotation, or else on an enclosing class (for {@code @Nested} ones). */
    private static <A extends Annotation> Optional<A> findOnClassOrEnclosing(Class<?> testClass, Class<A> type) {
        for (Class<?> candidate = testClass; candidate != null; candidate = candidate.getEnclosingClass()) {
            Optional<A> found = AnnotationSupport.findAnnotation(candidate, type);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private record Options(EmulatorConfiguration configuration, boolean resetBetweenTests) {}

    /** Settings for {@code @RegisterExtension static IamEmulatorExtension emulator = IamEmulatorExtension.builder()…}. */
    public static final class Builder {

        private String seed;
        private boolean resetBetweenTests = true;
        private final List<String> properties = new ArrayList<>();

        private Builder() {}

        /** Seed file ({@code classpath:…} of the test class path, or a path); none: the built-in demo users. */
        public Builder seed(String seed) {
            this.seed = seed;
            return this;
        }

        /** See {@link IamEmulatorTest#resetBetweenTests()}. */
        public Builder resetBetweenTests(boolean resetBetweenTests) {
            this.resetBetweenTests = resetBetweenTests;
            return this;
        }

        public Builder property(String name, String value) {
            properties.add(name + "=" + value);
            return this;
        }

        public IamEmulatorExtension build() {
            return new IamEmulatorExtension(new Options(EmulatorConfiguration.of(seed, properties), resetBetweenTests));
        }
    }
}
