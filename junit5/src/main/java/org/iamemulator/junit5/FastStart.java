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
record FastStart(List<String> options, Map<String, String> environment) {

    static final String RESOURCE = "META-INF/iam-emulator/jvm-options.properties";
    static final FastStart NONE = new FastStart(List.of(), Map.of());

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
            return new FastStart(words(properties.getProperty("options", "")),
                    pairs(words(properties.getProperty("environment", ""))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + " from " + executableJar, e);
        }
    }

    private static List<String> words(String value) {
        return Arrays.stream(value.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
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
