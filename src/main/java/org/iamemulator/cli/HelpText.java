package org.iamemulator.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code java -jar iam-emulator-exec.jar --help}: the configuration properties, without starting anything. */
public final class HelpText {

    private HelpText() {
    }

    /** Prints the help and answers true when the arguments ask for it. */
    public static boolean printIfAsked(String[] args, PrintStream out) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                try (InputStream in = HelpText.class.getResourceAsStream("/help.txt")) {
                    out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (Exception e) {
                    out.println("See the README for the configuration properties.");
                }
                return true;
            }
        }
        return false;
    }
}
