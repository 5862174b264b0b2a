package org.iamemulator.junit5;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iamemulator.IamEmulatorApplication;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the emulator for a test class (from {@link IamEmulatorTest} or, registered with
 * {@code @RegisterExtension}, from its builder), resets it before each test and stops it after the class.
 */
public final class IamEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(IamEmulatorExtension.class);

    private final String seed;
    private final boolean resetBetweenTests;
    private final List<String> properties;
    private IamEmulator emulator;

    /** Used by {@link IamEmulatorTest}: the settings come from the annotation. */
    public IamEmulatorExtension() {
        this(null, true, List.of());
    }

    private IamEmulatorExtension(String seed, boolean resetBetweenTests, List<String> properties) {
        this.seed = seed;
        this.resetBetweenTests = resetBetweenTests;
        this.properties = properties;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The running emulator (between beforeAll and afterAll). */
    public IamEmulator emulator() {
        return emulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Optional<IamEmulatorTest> annotation = AnnotationSupport.findAnnotation(context.getRequiredTestClass(),
                IamEmulatorTest.class);
        String seedFile = annotation.map(IamEmulatorTest::seed).orElse(seed);
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off"));
        if (seedFile != null && !seedFile.isBlank()) {
            args.add("--emulator.seed=" + seedFile);
        }
        annotation.map(a -> List.of(a.properties())).orElse(properties).forEach(p -> args.add("--" + p));
        emulator = new IamEmulator(new SpringApplicationBuilder(IamEmulatorApplication.class)
                .run(args.toArray(String[]::new)));
        context.getStore(NAMESPACE).put(IamEmulator.class, emulator);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        boolean reset = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), IamEmulatorTest.class)
                .map(IamEmulatorTest::resetBetweenTests).orElse(resetBetweenTests);
        if (reset) {
            emulator.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emulator != null) {
            emulator.stop();
            emulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == IamEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return emulator;
    }

    /** Settings for {@code @RegisterExtension static IamEmulatorExtension emulator = IamEmulatorExtension.builder()…}. */
    public static final class Builder {

        private String seed;
        private boolean resetBetweenTests = true;
        private final List<String> properties = new ArrayList<>();

        public Builder seed(String seed) {
            this.seed = seed;
            return this;
        }

        public Builder resetBetweenTests(boolean resetBetweenTests) {
            this.resetBetweenTests = resetBetweenTests;
            return this;
        }

        public Builder property(String name, String value) {
            properties.add(name + "=" + value);
            return this;
        }

        public IamEmulatorExtension build() {
            return new IamEmulatorExtension(seed, resetBetweenTests, List.copyOf(properties));
        }
    }
}
