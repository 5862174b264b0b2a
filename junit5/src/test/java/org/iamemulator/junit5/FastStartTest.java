package org.iamemulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher takes the JVM options and environment the emulator's jar recommends, and nothing else. */
class FastStartTest {

    @TempDir
    Path directory;

    @Test
    void theOptionsAndEnvironmentComeFromTheJar() throws IOException {
        Path jar = jar("options=-Dspring.aot.enabled=true -XX:TieredStopAtLevel=1 \\\n  -Xmx128m\n"
                + "environment=MALLOC_ARENA_MAX=2\narchive.use.17=-XX:SharedArchiveFile={archive}.jsa\n");

        FastStart fastStart = FastStart.of(jar);

        assertThat(fastStart.options())
                .containsExactly("-Dspring.aot.enabled=true", "-XX:TieredStopAtLevel=1", "-Xmx128m");
        assertThat(fastStart.environment()).containsExactly(Map.entry("MALLOC_ARENA_MAX", "2"));
    }

    @Test
    void eachJdkTakesTheArchiveOptionsOfTheNewestLevelItReaches() throws IOException {
        FastStart fastStart = FastStart.of(jar("archive.create.17=-XX:ArchiveClassesAtExit={archive}.jsa\n"
                + "archive.use.17=-XX:SharedArchiveFile={archive}.jsa\n"
                + "archive.create.25=-XX:AOTCacheOutput={archive}.aot\narchive.use.25=-XX:AOTCache={archive}.aot\n"));
        Path archive = directory.resolve("archive");

        assertThat(fastStart.archiveOptions(17, archive, false))
                .containsExactly("-XX:ArchiveClassesAtExit=" + archive + ".jsa");
        assertThat(fastStart.archiveOptions(21, archive, true))
                .containsExactly("-XX:SharedArchiveFile=" + archive + ".jsa");
        assertThat(fastStart.archiveOptions(25, archive, true)).containsExactly("-XX:AOTCache=" + archive + ".aot");
        assertThat(FastStart.NONE.archiveOptions(25, archive, false)).isEmpty();
    }

    @Test
    void aJarWithoutTheFileStartsWithTheJvmDefaults() throws IOException {
        assertThat(FastStart.of(jar(null))).isEqualTo(FastStart.NONE);
    }

    @Test
    void theBuiltEmulatorJarRecommendsOptions() {
        assertThat(FastStart.of(EmulatorProcess.executableJar(new Settings(name -> Optional.empty(), Map.of())))
                        .options())
                .contains("-XX:TieredStopAtLevel=1");
    }

    private Path jar(String options) throws IOException {
        Path jar = directory.resolve("emulator.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (options != null) {
                out.putNextEntry(new JarEntry(FastStart.RESOURCE));
                out.write(options.getBytes(StandardCharsets.ISO_8859_1));
                out.closeEntry();
            }
        }
        return jar;
    }
}
