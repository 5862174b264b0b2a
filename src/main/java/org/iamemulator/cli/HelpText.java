package org.iamemulator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.iamemulator.config.Settings;

/** {@code java -jar iam-emulator-exec.jar --help}: every setting ({@link Settings}), without starting anything. */
public final class HelpText {

    private HelpText() {}

    /** Prints the help and answers true when the arguments ask for it. */
    public static boolean printIfAsked(String[] args, PrintStream out) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(text());
                return true;
            }
        }
        return false;
    }

    static String text() {
        try (InputStream in = HelpText.class.getResourceAsStream("/help.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{settings}\n", Settings.helpText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
