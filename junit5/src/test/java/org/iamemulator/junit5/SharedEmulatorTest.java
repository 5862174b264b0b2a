package org.iamemulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Request;
import java.net.ConnectException;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    void classesWithTheSameConfigurationShareOneEmulatorWhichStopsAtTheEndOfTheRun() {
        run(Map.of(), AcmeFirst.class, AcmeSecond.class, Beta.class).testEvents().assertStatistics(s -> s.succeeded(3));

        assertThat(PORTS.get(AcmeSecond.class)).isEqualTo(PORTS.get(AcmeFirst.class));
        assertThat(PORTS.get(Beta.class)).isNotEqualTo(PORTS.get(AcmeFirst.class));
        assertRefused(PORTS.get(AcmeFirst.class));
        assertRefused(PORTS.get(Beta.class));
    }

    @Test
    void aFailedStartIsReportedToEveryClassThatWantsTheEmulatorAndNotRetried() {
        List<Throwable> failures = run(Map.of(), BrokenSeedFirst.class, BrokenSeedSecond.class).containerEvents()
                .failed().stream().map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable()
                        .orElseThrow()).toList();

        assertThat(failures).hasSize(2).allSatisfy(failure -> assertThat(failure)
                .hasMessageContaining("seed does-not-exist.yaml").hasMessageContaining("exited with code")
                .hasMessageContaining("does-not-exist.yaml"));
        // one start: both report the same log
        assertThat(logOf(failures.get(0))).isEqualTo(logOf(failures.get(1)));
    }

    @Test
    void aRunningEmulatorAtTheConfiguredEndpointIsUsedAndLeftRunning(IamEmulator running) {
        run(Map.of(Settings.ENDPOINT, running.endpoint()), AcmeFirst.class).testEvents()
                .assertStatistics(s -> s.succeeded(1));

        assertThat(PORTS.get(AcmeFirst.class)).isEqualTo(running.port());
        assertThat(running.iamClient().listUsersV5(new ListUsersV5Request())
                .getUsers()).isNotEmpty();
    }

    @Test
    void parallelClassesMayNotResetTheSharedEmulator(IamEmulator running) {
        EngineExecutionResults results = run(Map.of(IamEmulatorExtension.PARALLEL_EXECUTION, "true",
                Settings.ENDPOINT, running.endpoint()), AcmeFirst.class);

        results.testEvents().assertStatistics(s -> s.failed(1));
        assertThat(results.testEvents().failed().stream().findFirst().orElseThrow()
                .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .hasMessageContaining("@Isolated").hasMessageContaining("newAccount()");
    }

    private static EngineExecutionResults run(Map<String, String> parameters, Class<?>... classes) {
        PORTS.clear();
        return EngineTestKit.engine("junit-jupiter").configurationParameters(parameters)
                .selectors(Arrays.stream(classes).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new))
                .execute();
    }

    private static String logOf(Throwable failure) {
        return failure.getMessage().replaceFirst("(?s).*its output is in (\\S+?), ending with.*", "$1");
    }

    private static void assertRefused(int port) {
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getPort();
            }
        }).isInstanceOf(ConnectException.class);
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
        void neverRuns() {
        }
    }

    @IamEmulatorTest(seed = "does-not-exist.yaml")
    static class BrokenSeedSecond {
        @Test
        void neverRuns() {
        }
    }
}
