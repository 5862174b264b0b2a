package org.iamemulator.junit5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A per-user cache that makes every start after the first fast: each emulator jar extracted once (class-data sharing
 * covers classes of plain jars only, not of the nested jars of an executable one) and, per jar and JDK, the
 * class-data archive (JDK 17–24) or AOT cache (JDK 25+) that the first run writes when it exits and later runs map.
 * Entries are keyed by the jar's SHA-256 and the JDK's version, so a rebuilt jar or another JDK never meets a stale
 * archive; the least recently used jars are removed beyond {@link #KEPT_JARS}.
 */
final class ClassDataCache {

    static final int KEPT_JARS = 3;
    private static final String APP_PREFIX = "app-";
    private static final Duration EXTRACT_TIMEOUT = Duration.ofMinutes(2);
    /** Longer than a start and the archive's writing on the slowest machine. */
    private static final Duration LOCK_EXPIRY = Duration.ofMinutes(15);

    private final Path directory;

    ClassDataCache(Path directory) {
        this.directory = directory;
    }

    /** {@code iam.emulator.cache}: a directory, or {@code off}; default {@code $XDG_CACHE_HOME/iam-emulator}. */
    static Optional<ClassDataCache> of(Settings settings) {
        Optional<String> configured = settings.get(Settings.CACHE);
        if (configured.filter("off"::equalsIgnoreCase).isPresent()) {
            return Optional.empty();
        }
        Path directory = configured
                .map(Path::of)
                .orElseGet(() -> Optional.ofNullable(System.getenv("XDG_CACHE_HOME"))
                        .map(Path::of)
                        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache"))
                        .resolve("iam-emulator"));
        return Optional.of(new ClassDataCache(directory));
    }

    /** What to run: the extracted jar and the archive options for this JDK (creating or using the archive). */
    Launch prepare(Path executableJar, FastStart fastStart, JavaRuntime java) {
        String hash = sha256(executableJar).substring(0, 16);
        Path app = directory.resolve(APP_PREFIX + hash);
        Path jar = app.resolve(executableJar.getFileName());
        if (!Files.isRegularFile(jar)) {
            extract(executableJar, app, java);
        }
        touch(app);
        removeLeastRecentlyUsed();
        String version = executableJar
                .getFileName()
                .toString()
                .replaceFirst("^iam-emulator-", "")
                .replaceFirst("-exec\\.jar$", "");
        Path archive = app.resolve("iam-emulator-" + version + "-" + hash + "-" + java.vmVersion());
        boolean archived = Files.exists(Path.of(archive + ".jsa")) || Files.exists(Path.of(archive + ".aot"));
        if (archived && !beingWritten(lockOf(archive))) {
            return new Launch(jar, fastStart.archiveOptions(java.feature(), archive, true), null);
        }
        List<String> create = fastStart.archiveOptions(java.feature(), archive, false);
        return create.isEmpty() || !claim(lockOf(archive))
                ? new Launch(jar, List.of(), null)
                : new Launch(jar, create, archive);
    }

    /**
     * The jar to run with the archive's options. {@code archiveToWrite}: this run writes that archive as it exits (which
     * takes longer, once), holding the lock that keeps other JVMs from writing or reading it until then.
     */
    record Launch(Path jar, List<String> archiveOptions, Path archiveToWrite) {

        static Launch uncached(Path executableJar) {
            return new Launch(executableJar, List.of(), null);
        }

        boolean writesArchive() {
            return archiveToWrite != null;
        }

        /** After the emulator's exit: a run that did not end by itself may have left half an archive. */
        void exited(boolean byItself) {
            if (archiveToWrite != null) {
                if (!byItself) {
                    delete(Path.of(archiveToWrite + ".jsa"));
                    delete(Path.of(archiveToWrite + ".aot"));
                }
                delete(lockOf(archiveToWrite));
            }
        }
    }

    private static Path lockOf(Path archive) {
        return Path.of(archive + ".writing");
    }

    /** Only one JVM writes an archive; a lock left by a JVM that was killed expires. */
    private static boolean claim(Path lock) {
        try {
            if (Files.exists(lock) && !beingWritten(lock)) {
                Files.deleteIfExists(lock);
            }
            Files.createFile(lock);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean beingWritten(Path lock) {
        return Files.exists(lock)
                && lastUsed(lock).toInstant().isAfter(Instant.now().minus(LOCK_EXPIRY));
    }

    /** Extracts into a directory of its own, then moves it into place: parallel test JVMs never see half a jar. */
    private void extract(Path executableJar, Path app, JavaRuntime java) {
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempDirectory(directory, "extracting-");
            Process process = new ProcessBuilder(
                            java.command(),
                            "-Djarmode=tools",
                            "-jar",
                            executableJar.toString(),
                            "extract",
                            "--destination",
                            partial.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(EXTRACT_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("Cannot extract " + executableJar + " into " + partial);
            }
            try {
                Files.move(partial, app, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException otherJvmWasFirst) {
                delete(partial);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IllegalStateException("The cache " + directory + " cannot move directories atomically", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract " + executableJar + " into " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting " + executableJar, e);
        }
    }

    private void removeLeastRecentlyUsed() {
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(path -> path.getFileName().toString().startsWith(APP_PREFIX))
                    .sorted(Comparator.comparing(ClassDataCache::lastUsed).reversed())
                    .skip(KEPT_JARS)
                    .forEach(ClassDataCache::delete);
        } catch (IOException e) {
            // a cache that cannot be tidied still works
        }
    }

    private static FileTime lastUsed(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path path) {
        try {
            Files.setLastModifiedTime(path, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // the order of removal is a preference
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // another JVM removed it, or still uses it: the next run tries again
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
