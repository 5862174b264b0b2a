package org.iamemulator.junit5;

import java.util.List;
import java.util.Optional;

/**
 * A test JVM in miniature, for {@link ChildDiesWithItsParentTest}: starts an emulator with the extension's launcher,
 * prints {@code <emulator pid> <port>}, then waits to be killed.
 */
final class LaunchAndWait {

    private LaunchAndWait() {}

    public static void main(String[] args) throws InterruptedException {
        EmulatorProcess emulator = EmulatorProcess.start(
                EmulatorConfiguration.of(null, List.of()),
                new Settings(LaunchAndWait::noClassDataCache, System.getenv()));
        System.out.println(emulator.pid() + " " + emulator.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** The test is about the process's life; a first run's archive, written as it exits, would only slow it. */
    private static Optional<String> noClassDataCache(String name) {
        return name.equals(Settings.CACHE) ? Optional.of("off") : Optional.empty();
    }
}
