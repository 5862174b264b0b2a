package org.iamemulator.junit5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code java} command that runs the emulator, with the versions its class-data archive is keyed by. */
record JavaRuntime(String command, int feature, String vmVersion) {

    private static final Pattern PROPERTY = Pattern.compile(
            "^\\s*(java\\.specification\\.version|java\\.vm\\.version)" + " = (\\S+)\\s*$", Pattern.MULTILINE);

    /** This JVM's own {@code java}, or {@code iam.emulator.java} (asked for its versions once). */
    static JavaRuntime of(Settings settings) {
        Optional<String> configured = settings.get(Settings.JAVA);
        Optional<String> own = ProcessHandle.current().info().command();
        if (configured.isEmpty() || configured.equals(own)) {
            return new JavaRuntime(
                    own.orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                            .toString()),
                    Runtime.version().feature(),
                    System.getProperty("java.vm.version"));
        }
        return probe(configured.get());
    }

    private static JavaRuntime probe(String command) {
        try {
            Process process = new ProcessBuilder(command, "-XshowSettings:properties", "-version")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String specification = null;
            String vm = null;
            for (Matcher m = PROPERTY.matcher(output); m.find(); ) {
                if (m.group(1).equals("java.vm.version")) {
                    vm = m.group(2);
                } else {
                    specification = m.group(2);
                }
            }
            if (specification == null || vm == null) {
                throw new IllegalStateException(command + " -XshowSettings:properties -version did not tell its "
                        + "version:" + System.lineSeparator() + output);
            }
            return new JavaRuntime(command, Integer.parseInt(specification.replaceFirst("^1\\.", "")), vm);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        }
    }
}
