package org.iamemulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * How test classes share emulators, run as JUnit runs them (the engine test kit: one run, one root store): one per
 * configuration, stopped at the end of the run, a failed start reported to every class, a running emulator used as is.
 */
@IamEmulatorTest
class SharedEmulatorTest {

    /** Port of the emulator each class of a nested run saw. */
    private static final Map<Class<?>, Integer> PORTS = new ConcurrentHashMap<>();

    @Test
    void classesWithTheSameConfigurationShareOneEmulatorWhichStopsAtTheEndOfTheRun() throws IOException {
        run(Map.of(), AcmeFirst.class, AcmeSecond.class, Beta.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(3));

        assertThat(PORTS.get(AcmeSecond.class)).isEqualTo(PORTS.get(AcmeFirst.class));
        assertThat(PORTS.get(Beta.class)).isNotEqualTo(PORTS.get(AcmeFirst.class));
        assertRefused(PORTS.get(AcmeFirst.class));
        assertRefused(PORTS.get(Beta.class));
        // each of the two acme tests began with a reset; the log ends with what the run cost
        assertThat(lastLine(newestLogOf("emulator.account-name=acme")))
                .matches(
                        "# iam-emulator-junit5: ready in \\d+\\.\\d\\d s; 2 resets \\(0\\.\\d{3} s in total, in progress"
                                + " during 0\\.\\d{3} s\\), 0 new accounts \\(0\\.000 s in total, in progress during 0\\.000 s\\)");
    }

    @Test
    void aFailedStartIsReportedToEveryClassThatWantsTheEmulatorAndNotRetried() {
        List<Throwable> failures =
                run(Map.of(), BrokenSeedFirst.class, BrokenSeedSecond.class).containerEvents().failed().stream()
                        .map(event -> event.getRequiredPayload(TestExecutionResult.class)
                                .getThrowable()
                                .orElseThrow())
                        .toList();

        assertThat(failures)
                .hasSize(2)
                .allSatisfy(failure -> assertThat(failure)
                        .hasMessageContaining("seed does-not-exist.yaml")
                        .hasMessageContaining("exited with code")
                        .hasMessageContaining("does-not-exist.yaml"));
        // one start: both report the same log
        assertThat(logOf(failures.get(0))).isEqualTo(logOf(failures.get(1)));
    }

    @Test
    void aRunningEmulatorAtTheConfiguredEndpointIsUsedAndLeftRunning(IamEmulator running) {
        run(Map.of(Settings.ENDPOINT, running.endpoint()), AcmeFirst.class)
                .testEvents()
                .assertStatistics(s -> s.succeeded(1));

        assertThat(PORTS.get(AcmeFirst.class)).isEqualTo(running.port());
        assertThat(running.iamClient().listUsersV5(new ListUsersV5Request()).getUsers())
                .isNotEmpty();
    }

    @Test
    void parallelClassesMayNotResetTheSharedEmulator(IamEmulator running) {
        EngineExecutionResults results = run(
                Map.of(IamEmulatorExtension.PARALLEL_EXECUTION, "true", Settings.ENDPOINT, running.endpoint()),
                AcmeFirst.class);

        results.testEvents().assertStatistics(s -> s.failed(1));
        assertThat(results.testEvents().failed().stream()
                        .findFirst()
                        .orElseThrow()
                        .getRequiredPayload(TestExecutionResult.class)
                        .getThrowable()
                        .orElseThrow())
                .hasMessageContaining("@Isolated")
                .hasMessageContaining("newAccount()");
    }

    private static EngineExecutionResults run(Map<String, String> parameters, Class<?>... classes) {
        PORTS.clear();
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameters(parameters)
                .selectors(Arrays.stream(classes).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new))
                .execute();
    }

    private static String logOf(Throwable failure) {
        return failure.getMessage().replaceFirst("(?s).*its output is in (\\S+?), ending with.*", "$1");
    }

    private static Path newestLogOf(String property) throws IOException {
        try (Stream<Path> logs = Files.list(Path.of("target", "iam-emulator"))) {
            return logs.filter(log ->
                            log.toString().endsWith(".log") && firstLine(log).contains(property))
                    .max(Comparator.comparing(log -> log.toFile().lastModified()))
                    .orElseThrow();
        }
    }

    private static String firstLine(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return lines.get(lines.size() - 1);
    }

    private static void assertRefused(int port) {
        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket("127.0.0.1", port)) {
                        socket.getPort();
                    }
                })
                .isInstanceOf(ConnectException.class);
    }

    private static void recordPort(Class<?> testClass, IamEmulator emulator) {
        PORTS.put(testClass, emulator.port());
    }

    @IamEmulatorTest(properties = "emulator.account-name=acme")
    static class AcmeFirst {
        @Test
        void recordsItsEmulator(IamEmulator emulator) {
            recordPort(AcmeFirst.class, emulator);
        }
    }

    @IamEmulatorTest(properties = "emulator.account-name=acme")
    static class AcmeSecond {
        @Test
        void recordsItsEmulator(IamEmulator emulator) {
            recordPort(AcmeSecond.class, emulator);
        }
    }

    @IamEmulatorTest(properties = "emulator.account-name=beta")
    static class Beta {
        @Test
        void recordsItsEmulator(IamEmulator emulator) {
            recordPort(Beta.class, emulator);
        }
    }

    @IamEmulatorTest(seed = "does-not-exist.yaml")
    static class BrokenSeedFirst {
        @Test
        void neverRuns() {}
    }

    @IamEmulatorTest(seed = "does-not-exist.yaml")
    static class BrokenSeedSecond {
        @Test
        void neverRuns() {}
    }
}
