package org.iamemulator.junit5;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A {@code classpath:} seed names a resource of the test's class path, which the emulator process does not have: it
 * gets the file's path instead (or a copy of a resource that is inside a jar). Paths pass unchanged: the emulator
 * runs in the test's working directory.
 */
final class SeedFiles {

    private static final String CLASSPATH = "classpath:";

    private SeedFiles() {}

    static String forChild(String seed, Path copies) {
        if (!seed.startsWith(CLASSPATH)) {
            return seed;
        }
        String name = seed.substring(CLASSPATH.length()).replaceFirst("^/+", "");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL resource = (loader != null ? loader : SeedFiles.class.getClassLoader()).getResource(name);
        if (resource == null) {
            return seed; // perhaps one of the emulator's own, such as classpath:demo-seed.yaml
        }
        try {
            if (resource.getProtocol().equals("file")) {
                return Path.of(resource.toURI()).toString();
            }
            Path copy =
                    Files.createTempFile(copies, "seed-", "-" + Path.of(name).getFileName());
            try (InputStream in = resource.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seed " + seed + " at " + resource, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot read the seed " + seed + " at " + resource, e);
        }
    }
}
