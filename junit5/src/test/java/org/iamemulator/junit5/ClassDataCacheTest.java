package org.iamemulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulator runs from its extracted jar, writes its class-data archive on the first exit and maps it later. */
class ClassDataCacheTest {

    private static final JavaRuntime THIS_JDK = JavaRuntime.of(new Settings(name -> Optional.empty(), Map.of()));

    @TempDir
    Path cacheDirectory;

    @Test
    void theFirstRunWritesTheArchiveAndTheNextOneUsesIt() throws Exception {
        Settings settings = settings(cacheDirectory.toString());
        Path executableJar = EmulatorProcess.executableJar(settings);

        try (EmulatorProcess emulator = EmulatorProcess.start(EmulatorConfiguration.of(null, List.of()), settings)) {
            assertThat(answers(emulator.port())).isEqualTo(200);
        }

        ClassDataCache.Launch next =
                new ClassDataCache(cacheDirectory).prepare(executableJar, FastStart.of(executableJar), THIS_JDK);
        assertThat(next.jar())
                .startsWith(cacheDirectory)
                .hasFileName(executableJar.getFileName().toString())
                .isRegularFile();
        assertThat(archivesIn(next.jar().getParent())).hasSize(1);
        assertThat(next.writesArchive()).isFalse();
        assertThat(String.join(" ", next.archiveOptions()))
                .containsAnyOf("SharedArchiveFile", "AOTCache=")
                .doesNotContain("ArchiveClassesAtExit", "AOTCacheOutput");
        try (EmulatorProcess emulator = EmulatorProcess.start(EmulatorConfiguration.of(null, List.of()), settings)) {
            assertThat(answers(emulator.port())).isEqualTo(200);
            assertThat(Files.readString(emulator.log())).doesNotContain("[warning][cds");
        }
    }

    @Test
    void oneJvmAtATimeWritesTheArchiveAndNobodyReadsItMeanwhile() throws IOException {
        Path executableJar = EmulatorProcess.executableJar(settings(cacheDirectory.toString()));
        FastStart fastStart = FastStart.of(executableJar);
        ClassDataCache cache = new ClassDataCache(cacheDirectory);

        ClassDataCache.Launch writer = cache.prepare(executableJar, fastStart, THIS_JDK);
        Files.writeString(Path.of(writer.archiveToWrite() + ".jsa"), "half an archive");
        ClassDataCache.Launch meanwhile = cache.prepare(executableJar, fastStart, THIS_JDK);

        assertThat(writer.writesArchive()).isTrue();
        assertThat(meanwhile.writesArchive()).isFalse();
        assertThat(meanwhile.archiveOptions()).isEmpty();

        writer.exited(false); // killed while writing: what it wrote is gone, and the next run writes it anew
        assertThat(Path.of(writer.archiveToWrite() + ".jsa")).doesNotExist();
        assertThat(cache.prepare(executableJar, fastStart, THIS_JDK).writesArchive())
                .isTrue();
    }

    @Test
    void onlyTheMostRecentlyUsedJarsAreKept() throws IOException {
        Path executableJar = EmulatorProcess.executableJar(settings(cacheDirectory.toString()));
        for (int i = 0; i < ClassDataCache.KEPT_JARS + 2; i++) {
            Path stale = Files.createDirectories(cacheDirectory.resolve("app-stale" + i));
            Files.setLastModifiedTime(stale, FileTime.fromMillis(1_000L * i));
        }

        new ClassDataCache(cacheDirectory).prepare(executableJar, FastStart.of(executableJar), THIS_JDK);

        try (Stream<Path> entries = Files.list(cacheDirectory)) {
            assertThat(entries.map(path -> path.getFileName().toString()).sorted())
                    .hasSize(ClassDataCache.KEPT_JARS)
                    .contains("app-stale4", "app-stale3")
                    .anyMatch(name -> name.startsWith("app-") && !name.contains("stale"));
        }
    }

    @Test
    void theCacheCanBeTurnedOff() {
        assertThat(ClassDataCache.of(settings("off"))).isEmpty();
    }

    private static List<Path> archivesIn(Path app) throws IOException {
        try (Stream<Path> files = Files.list(app)) {
            return files.filter(path ->
                            path.toString().endsWith(".jsa") || path.toString().endsWith(".aot"))
                    .toList();
        }
    }

    private static Settings settings(String cache) {
        return new Settings(
                name -> name.equals(Settings.CACHE)
                        ? Optional.of(cache)
                        : Optional.ofNullable(System.getProperty(name)),
                Map.of());
    }

    private static int answers(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_emulator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
