package org.iamemulator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Map;

/**
 * {@code java -jar iam-emulator-exec.jar --probe}: asks a running emulator on this host whether it is ready, without
 * starting anything, and answers with the exit status (0 ready, 1 not). It is the container image's health check,
 * which has neither a shell nor curl: {@code GET http://127.0.0.1:<port>/actuator/health/readiness}.
 *
 * <p>The port is the first of {@code --management.server.port=} or {@code --server.port=} among the arguments, the
 * environment variables {@code MANAGEMENT_SERVER_PORT} or {@code SERVER_PORT}, and 8080. {@code --probe=<url>}
 * asks another address instead.
 */
public final class HealthProbe {

    static final String PATH = "/actuator/health/readiness";
    static final int TIMEOUT_MILLIS = 2_000;

    private HealthProbe() {}

    /** Whether the arguments ask for the probe rather than the server. */
    public static boolean isAsked(String[] args) {
        for (String arg : args) {
            if (arg.equals("--probe") || arg.startsWith("--probe=")) {
                return true;
            }
        }
        return false;
    }

    /** Probes once; the exit status: 0 when the emulator answers 200, 1 otherwise (with the reason on {@code err}). */
    public static int run(String[] args, Map<String, String> env, PrintStream err) {
        String url;
        try {
            url = url(args, env);
        } catch (NumberFormatException e) {
            err.println("not a port: " + e.getMessage());
            return 1;
        }
        return run(url, TIMEOUT_MILLIS, err);
    }

    static int run(String url, int timeoutMillis, PrintStream err) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(timeoutMillis);
            connection.setReadTimeout(timeoutMillis);
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            int status = connection.getResponseCode();
            drain(connection);
            if (status == 200) {
                return 0;
            }
            err.println("not ready: " + url + " answered " + status);
            return 1;
        } catch (IOException | RuntimeException e) {
            err.println("not ready: " + url + ": " + e);
            return 1;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /** The address probed: {@code --probe=<url>}, or the readiness endpoint on 127.0.0.1 at the configured port. */
    static String url(String[] args, Map<String, String> env) {
        String port = null;
        String managementPort = null;
        for (String arg : args) {
            if (arg.startsWith("--probe=")) {
                return arg.substring("--probe=".length());
            }
            if (arg.startsWith("--server.port=")) {
                port = arg.substring("--server.port=".length());
            } else if (arg.startsWith("--management.server.port=")) {
                managementPort = arg.substring("--management.server.port=".length());
            }
        }
        String chosen =
                firstNonBlank(managementPort, port, env.get("MANAGEMENT_SERVER_PORT"), env.get("SERVER_PORT"), "8080");
        return "http://127.0.0.1:" + Integer.parseInt(chosen.trim()) + PATH;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalStateException("no value");
    }

    private static void drain(HttpURLConnection connection) throws IOException {
        InputStream body =
                connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream();
        if (body != null) {
            try (body) {
                body.readAllBytes();
            }
        }
    }
}
