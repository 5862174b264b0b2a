package org.iamemulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The emulator a test JVM started goes away with that JVM, even when it is killed with SIGKILL. */
class ChildDiesWithItsParentTest {

    @Test
    void theEmulatorStopsWhenTheJvmThatStartedItIsKilled() throws Exception {
        List<String> command =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
        Optional.ofNullable(System.getProperty(Settings.JAR))
                .ifPresent(jar -> command.add("-D" + Settings.JAR + "=" + jar));
        // without the SDK, an optional dependency: the launcher does not need it
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("huaweicloud"))
                .collect(Collectors.joining(File.pathSeparator));
        command.addAll(List.of("-cp", classPath, LaunchAndWait.class.getName()));
        Process testJvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        long emulatorPid = 0;
        try {
            String[] pidAndPort = CompletableFuture.supplyAsync(() -> firstLine(testJvm))
                    .get(EmulatorProcess.START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
                    .split(" ");
            emulatorPid = Long.parseLong(pidAndPort[0]);
            int port = Integer.parseInt(pidAndPort[1]);
            assertThat(ProcessHandle.of(emulatorPid).map(ProcessHandle::isAlive))
                    .contains(true);

            testJvm.destroyForcibly(); // SIGKILL: no shutdown hook runs in the test JVM
            assertThat(testJvm.waitFor(10, TimeUnit.SECONDS)).isTrue();
            Instant killed = Instant.now();

            Optional<ProcessHandle> emulator = ProcessHandle.of(emulatorPid);
            if (emulator.isPresent()) {
                emulator.get().onExit().get(10, TimeUnit.SECONDS);
            }
            assertThat(Duration.between(killed, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        } finally {
            testJvm.destroyForcibly();
            ProcessHandle.of(emulatorPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** The launcher's line, skipping whatever the JVM itself may print before it. */
    private static String firstLine(Process process) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.matches("\\d+ \\d+")) {
                    return line;
                }
            }
            throw new IllegalStateException("The launching JVM ended without starting the emulator");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
