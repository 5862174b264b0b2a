package org.iamemulator.junit5;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One emulator in JUnit's root store, shared by every test class asking for its configuration and closed at the end
 * of the run. A failed start is kept as well: every class that wants this emulator reports the failure, and the
 * start is not tried again for each of them. Both close interfaces, for JUnit before and after 5.13.
 */
final class SharedEmulator implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    /** The emulator's development default (README, Configuration), unless the test configures another. */
    static final String DEFAULT_ROOT_SECRET_KEY = "EmulatorRootSecretKey0000000000000000000";

    private final IamEmulator emulator;
    private final EmulatorProcess process;
    private final RuntimeException failure;

    private SharedEmulator(IamEmulator emulator, EmulatorProcess process, RuntimeException failure) {
        this.emulator = emulator;
        this.process = process;
        this.failure = failure;
    }

    /** The running emulator at {@link Settings#ENDPOINT}, or a child process started for {@code configuration}. */
    static SharedEmulator start(EmulatorConfiguration configuration, Settings settings) {
        try {
            if (settings.get(Settings.ENDPOINT).isPresent()) {
                return new SharedEmulator(connect(settings), null, null);
            }
            return launch(configuration, settings);
        } catch (RuntimeException e) {
            return new SharedEmulator(null, null, e);
        }
    }

    IamEmulator emulator() {
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        return emulator;
    }

    /** The child process, when this emulator is one; for tests of the launcher. */
    EmulatorProcess process() {
        return process;
    }

    /** Stops the child, then ends its log with what the emulator cost this run beyond the tests. */
    @Override
    public void close() {
        if (process != null) {
            process.close();
            try {
                Files.writeString(
                        process.log(),
                        "# iam-emulator-junit5: " + emulator.overhead().describe(process.startTime())
                                + System.lineSeparator(),
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                // the summary is a courtesy; the run's result does not depend on it
            }
        }
    }

    private static IamEmulator connect(Settings settings) {
        URI endpoint = URI.create(settings.get(Settings.ENDPOINT).orElseThrow().replaceFirst("/+$", ""));
        ControlClient control =
                new ControlClient(endpoint, settings.get(Settings.CONTROL_TOKEN).orElse(null));
        String secret = settings.get(Settings.ROOT_SECRET_KEY).orElse(DEFAULT_ROOT_SECRET_KEY);
        return new IamEmulator(endpoint, control, IamAccount.of(endpoint.toString(), control.config(), secret));
    }

    private static SharedEmulator launch(EmulatorConfiguration configuration, Settings settings) {
        EmulatorProcess process = EmulatorProcess.start(configuration, settings);
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + process.port());
            ControlClient control =
                    new ControlClient(endpoint, configuration.properties().get("emulator.control.token"));
            String secret =
                    configuration.properties().getOrDefault("emulator.root.secret-key", DEFAULT_ROOT_SECRET_KEY);
            IamAccount account = IamAccount.of(endpoint.toString(), control.config(), secret);
            return new SharedEmulator(new IamEmulator(endpoint, control, account), process, null);
        } catch (RuntimeException e) {
            process.close();
            throw EmulatorProcess.startFailure(
                    configuration, "did not answer its control API (" + e.getMessage() + ")", process.log());
        }
    }
}
