package org.iamemulator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times the control calls a test suite makes between tests, one after another over one keep-alive connection to a
 * running emulator on 127.0.0.1: {@code POST /_emulator/reset} (everything, then the default account only),
 * {@code POST /_emulator/accounts} and {@code DELETE /_emulator/accounts/{id}}; then the reset a test suite sees
 * between tests: after a write (a login of the default account's root user recorded), and after a write a second
 * later (every seeded time moves: a reset writes back only what differs, and back-to-back resets within one second
 * find nothing to write). Reports p50, p99 and the maximum of
 * each, as the client sees them (HTTP included), and, with {@code pid} (the emulator's process id on Linux), the
 * emulator's CPU time per call: on a machine shared with other work the latencies include waiting for a core, the CPU
 * time hardly does. Fails on any unexpected status. Options: {@code port} (8080), {@code warmup} (rounds of all
 * four calls, not counted, 100), {@code count} (calls of each timed, 500), {@code later} (calls of the reset a
 * second after a write, each a second long, at most {@code count}; 60), {@code account} (the default account's id, for the single-account reset and the write), {@code pid}.
 */
public final class ResetTimer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> JSON_BODY = Map.of("Content-Type", "application/json");

    private interface Call {
        HttpConnection.Response send(HttpConnection connection) throws IOException;
    }

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int port = options.integer("port", 8080);
        int warmup = options.integer("warmup", 100);
        int count = options.integer("count", 500);
        int later = Math.min(count, options.integer("later", 60));
        String account = options.text("account", "e2a7c4b8d1f0496a8b3c5d7e9f1a2b4c");
        pid = options.text("pid", null);
        System.out.printf(
                Locale.ROOT,
                "%-48s %8s %8s %8s %8s %10s%n",
                "call (timed after " + warmup + " warm-up rounds)",
                "p50 ms",
                "p99 ms",
                "max ms",
                "calls",
                "CPU ms/call");
        try (HttpConnection connection = new HttpConnection("127.0.0.1", port)) {
            Call reset = c -> c.send("POST", "/_emulator/reset", Map.of(), null, false);
            Call resetOne = c -> c.send("POST", "/_emulator/reset?account_id=" + account, Map.of(), null, false);
            List<String> created = new ArrayList<>();
            Call create = c -> {
                HttpConnection.Response response =
                        c.send("POST", "/_emulator/accounts", JSON_BODY, "{}".getBytes(StandardCharsets.UTF_8), true);
                if (response.status() == 201) {
                    created.add(JSON.readTree(response.body()).get("account_id").asString());
                }
                return response;
            };
            Call delete = c -> c.send("DELETE", "/_emulator/accounts/" + created.remove(0), Map.of(), null, false);
            // every call warmed up before any is timed: the JIT compiles what they share
            for (int i = 0; i < warmup; i++) {
                for (Call call : List.of(reset, resetOne, create, delete)) {
                    call.send(connection);
                }
            }
            time("POST /_emulator/reset", connection, count, 200, null, reset);
            time("POST /_emulator/reset?account_id=<default>", connection, count, 200, null, resetOne);
            time("POST /_emulator/accounts", connection, count, 201, null, create);
            time("DELETE /_emulator/accounts/{id}", connection, count, 204, null, delete);
            Call write = c -> c.send(
                    "POST",
                    "/_emulator/users/" + rootUserId(account) + "/logins",
                    JSON_BODY,
                    "{\"source_ip\": \"192.0.2.1\"}".getBytes(StandardCharsets.UTF_8),
                    false);
            Call writeThenWait = c -> {
                HttpConnection.Response response = write.send(c);
                sleep();
                return response;
            };
            time("POST /_emulator/reset (after a write)", connection, count, 200, write, reset);
            time("POST /_emulator/reset (write, 1 s later)", connection, later, 200, writeThenWait, reset);
        }
    }

    private static String pid;

    /** AccountService.rootUserId: the root user's id is derived from the account's. */
    private static String rootUserId(String accountId) {
        UUID uuid = UUID.nameUUIDFromBytes((accountId + "/root").getBytes(StandardCharsets.UTF_8));
        return String.format("%016x%016x", uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The emulator's user + system CPU time so far, in milliseconds (clock ticks of 10 ms); -1 without a pid. */
    private static long cpuMillis() throws IOException {
        if (pid == null) {
            return -1;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    /** Times {@code call}, each time after {@code before} (untimed, and its CPU time not counted) unless null. */
    private static void time(String name, HttpConnection connection, int count, int expected, Call before, Call call)
            throws IOException {
        long spentCpuMillis = 0;
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            if (before != null && before.send(connection).status() / 100 != 2) {
                throw new IllegalStateException("the call before " + name + " failed");
            }
            long cpuBefore = cpuMillis();
            long start = System.nanoTime();
            HttpConnection.Response response = call.send(connection);
            nanos[i] = System.nanoTime() - start;
            spentCpuMillis += cpuMillis() - cpuBefore;
            if (response.status() != expected) {
                throw new IllegalStateException(name + " answered " + response.status() + ", expected " + expected);
            }
        }
        double cpu = pid == null ? Double.NaN : spentCpuMillis / (double) count;
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%-48s %8.2f %8.2f %8.2f %8d %10.2f%n",
                name,
                LoadGenerator.percentile(nanos, 0.50),
                LoadGenerator.percentile(nanos, 0.99),
                nanos[count - 1] / 1_000_000.0,
                count,
                cpu);
    }
}
