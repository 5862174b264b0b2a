package org.iamemulator.junit5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The JVM options and environment the emulator's jar recommends for a fast, small start
 * ({@code META-INF/iam-emulator/jvm-options.properties}, measured in the project's docs/benchmarks.md): Spring AOT, C1
 * only, the Serial GC, a capped heap and {@code MALLOC_ARENA_MAX=2}. Read from the jar itself, so that the launcher
 * and the jar never disagree; a jar without the file starts with the JVM's defaults.
 */
record FastStart(List<String> options, Map<String, String> environment, Map<String, String> archiveSettings) {

    static final String RESOURCE = "META-INF/iam-emulator/jvm-options.properties";
    static final FastStart NONE = new FastStart(List.of(), Map.of(), Map.of());
    /** The JDK feature versions whose archive options the file gives: each applies up to the next. */
    private static final int[] ARCHIVE_LEVELS = {25, 19, 17};

    static FastStart of(Path executableJar) {
        try (JarFile jar = new JarFile(executableJar.toFile())) {
            ZipEntry entry = jar.getEntry(RESOURCE);
            if (entry == null) {
                return NONE;
            }
            Properties properties = new Properties();
            try (InputStream in = jar.getInputStream(entry)) {
                properties.load(in);
            }
            Map<String, String> archive = new LinkedHashMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("archive.")) {
                    archive.put(name.substring("archive.".length()), properties.getProperty(name));
                }
            }
            return new FastStart(
                    words(properties.getProperty("options", "")),
                    pairs(words(properties.getProperty("environment", ""))),
                    archive);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + " from " + executableJar, e);
        }
    }

    /**
     * The options that make a JDK of {@code feature} version write the class-data archive {@code archive} (without
     * its extension) when the emulator exits, or use it once it {@code exists}; none for a JDK the file has no
     * options for.
     */
    List<String> archiveOptions(int feature, Path archive, boolean exists) {
        for (int level : ARCHIVE_LEVELS) {
            String value = archiveSettings.get((exists ? "use." : "create.") + level);
            if (level <= feature && value != null) {
                return words(value.replace("{archive}", archive.toString()));
            }
        }
        return List.of();
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.trim().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    private static Map<String, String> pairs(List<String> assignments) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            if (eq > 0) {
                pairs.put(assignment.substring(0, eq), assignment.substring(eq + 1));
            }
        }
        return pairs;
    }
}
