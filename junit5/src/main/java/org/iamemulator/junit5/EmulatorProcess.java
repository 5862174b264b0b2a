package org.iamemulator.junit5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The emulator's executable jar run as a child of this JVM, on a free port it reports through a port file once it
 * is ready. Its standard input stays a pipe from this JVM: when the pipe closes, because {@link #close()} closes it
 * or because this JVM died (kill -9 included), the emulator exits ({@code emulator.lifecycle.exit-with-stdin}). Its
 * output goes to a log file under {@code target/iam-emulator/}. It starts with the JVM options its jar recommends
 * ({@link FastStart}), from the jar extracted into a per-user cache with its class-data archive ({@link ClassDataCache}).
 */
final class EmulatorProcess implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    /** Writing the class-data archive on exit takes seconds, more on a busy machine; it happens once per jar and JDK. */
    private static final Duration STOP_TIMEOUT_WRITING_ARCHIVE = Duration.ofMinutes(2);
    /** Only the executable jar has the application class there (the plain jar has it at the root). */
    private static final String MARKER = "BOOT-INF/classes/org/iamemulator/IamEmulatorApplication.class";

    private static final int LOG_LINES_IN_FAILURES = 40;

    private final Process process;
    private final int port;
    private final Path log;
    private final ClassDataCache.Launch launch;
    private final Duration startTime;

    private EmulatorProcess(Process process, int port, Path log, ClassDataCache.Launch launch, Duration startTime) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.launch = launch;
        this.startTime = startTime;
    }

    /** Starts the emulator and returns once it answers on its port; a failure names the log and shows its end. */
    static EmulatorProcess start(EmulatorConfiguration configuration, Settings settings) {
        long started = System.nanoTime();
        try {
            Path directory = Files.createDirectories(logDirectory());
            Path log = Files.createTempFile(directory, "emulator-", ".log");
            Path portFile = Path.of(log.toString().replaceFirst("\\.log$", ".port"));
            Path executableJar = executableJar(settings);
            FastStart fastStart = FastStart.of(executableJar);
            JavaRuntime java = JavaRuntime.of(settings);
            ClassDataCache.Launch launch = ClassDataCache.of(settings)
                    .map(cache -> cache.prepare(executableJar, fastStart, java))
                    .orElseGet(() -> ClassDataCache.Launch.uncached(executableJar));
            List<String> command = command(java, configuration, portFile, launch, fastStart);
            Files.writeString(
                    log,
                    "# iam-emulator-junit5 started this emulator for " + configuration.describe()
                            + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // the child's configuration is the test's alone, whatever the developer's shell has set
            builder.environment().keySet().removeIf(name -> name.startsWith("EMULATOR_"));
            builder.environment().putAll(fastStart.environment());
            Process process = builder.start();
            int port;
            try {
                port = awaitPort(process, portFile, log, configuration);
            } catch (RuntimeException e) {
                launch.exited(false);
                throw e;
            }
            return new EmulatorProcess(process, port, log, launch, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the IAM emulator for " + configuration.describe(), e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** From the launch (the jar's extraction, on its first use, included) to the port file. */
    Duration startTime() {
        return startTime;
    }

    /** Closes the emulator's standard input, so that it stops by itself; forcibly when it does not in time. */
    @Override
    public void close() {
        Duration timeout = launch.writesArchive() ? STOP_TIMEOUT_WRITING_ARCHIVE : STOP_TIMEOUT;
        boolean byItself = false;
        try {
            process.getOutputStream().close();
            byItself = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            // its standard input is gone already: it stops, or is stopped below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!byItself) {
                process.destroyForcibly();
            }
            launch.exited(byItself);
        }
    }

    private static List<String> command(
            JavaRuntime java,
            EmulatorConfiguration configuration,
            Path portFile,
            ClassDataCache.Launch launch,
            FastStart fastStart) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("server.port", "0");
        arguments.put("server.address", "127.0.0.1");
        arguments.put("spring.main.banner-mode", "off");
        if (configuration.seed() != null) {
            arguments.put("emulator.seed", SeedFiles.forChild(configuration.seed(), portFile.getParent()));
        }
        arguments.putAll(configuration.properties());
        arguments.put("emulator.lifecycle.port-file", portFile.toString());
        arguments.put("emulator.lifecycle.exit-with-stdin", "true");

        List<String> command = new ArrayList<>(List.of(java.command()));
        command.addAll(fastStart.options());
        command.addAll(launch.archiveOptions());
        command.addAll(List.of("-jar", launch.jar().toString()));
        arguments.forEach((name, value) -> command.add("--" + name + "=" + value));
        return command;
    }

    /** {@code target/iam-emulator} under the working directory (the project's, in Maven), else the temporary one. */
    private static Path logDirectory() {
        Path target = Path.of("target");
        return (Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir")))
                .resolve("iam-emulator")
                .toAbsolutePath();
    }

    /** {@code iam.emulator.jar} when set, else the executable jar on the class path (a dependency of this one). */
    static Path executableJar(Settings settings) {
        Optional<String> configured = settings.get(Settings.JAR);
        if (configured.isPresent()) {
            Path jar = Path.of(configured.get());
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(Settings.JAR + " is " + jar + ", which is not a file");
            }
            return jar;
        }
        URL marker = EmulatorProcess.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException("The IAM emulator's executable jar (org.iamemulator:iam-emulator, "
                    + "classifier exec) is not on the test class path; it comes with iam-emulator-junit5, or set "
                    + Settings.JAR + " (or " + Settings.environmentName(Settings.JAR) + ") to its path");
        }
        try {
            return Path.of(
                    ((JarURLConnection) marker.openConnection()).getJarFileURL().toURI());
        } catch (IOException | URISyntaxException | ClassCastException e) {
            throw new IllegalStateException("Cannot locate the IAM emulator's executable jar from " + marker, e);
        }
    }

    private static int awaitPort(Process process, Path portFile, Path log, EmulatorConfiguration configuration) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            Optional<Integer> port = readPort(portFile);
            if (port.isPresent()) {
                return port.get();
            }
            if (!process.isAlive()) {
                throw startFailure(configuration, "exited with code " + process.exitValue(), log);
            }
            if (Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw startFailure(configuration, "was not ready within " + START_TIMEOUT.toSeconds() + " s", log);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("Interrupted while the IAM emulator started", e);
            }
        }
    }

    /** The file appears complete (the emulator moves it into place), so any content is the whole port. */
    private static Optional<Integer> readPort(Path portFile) {
        try {
            return Optional.of(Integer.parseInt(
                    Files.readString(portFile, StandardCharsets.US_ASCII).trim()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static IllegalStateException startFailure(EmulatorConfiguration configuration, String what, Path log) {
        return new IllegalStateException("The IAM emulator for " + configuration.describe() + " " + what
                + "; its output is in " + log + ", ending with:" + System.lineSeparator() + tail(log));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(
                    System.lineSeparator(),
                    lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_FAILURES), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
