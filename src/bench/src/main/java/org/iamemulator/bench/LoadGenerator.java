package org.iamemulator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closed-loop HTTP load against a running emulator on 127.0.0.1: N connections, each sending its next request as
 * soon as the previous answer arrived, for a fixed time after a warm-up. Reports requests/s, p50, p99 and p99.9
 * per scenario. Signs every request like the SDK. Options (all {@code --name=value}):
 * {@code port} (8080), {@code connections} (64), {@code warmup} seconds (5), {@code duration} seconds (15),
 * {@code scenarios} (comma list of indexes, default all: 0 liveness
 * baseline, 1 health, 2 ShowUserV5 root, 3 ShowUserV5 IAM user, 4 ShowUserLastLoginV5, 5 404, 6 403, 7 CTyun GetUser
 * root, 8 Alibaba GetLoginProfile root; 2, 7 and 8 read the same user), {@code targets} (0: one target user; N: a
 * random one of the N users {@code bench-<i>} seeded by {@code bench/seed-users.sql}; 7 and 8 always read the one
 * target user), {@code rounds} (1; more runs the selected scenarios that many times in turn and ends with each one's
 * mean and how many times the first scenario's rate is its own: the relative cost per request).
 */
public final class LoadGenerator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What one scenario sends, per connection. */
    private interface Request {
        HttpConnection.Response send(HttpConnection connection) throws IOException;
    }

    private record Scenario(String name, int expectedStatus, Request request) {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int port = options.integer("port", 8080);
        int connections = options.integer("connections", 64);
        int warmup = options.integer("warmup", 5);
        int duration = options.integer("duration", 15);
        int targets = options.integer("targets", 0);
        String only = options.text("scenarios", "");
        int rounds = options.integer("rounds", 1);
        String host = "127.0.0.1:" + port;

        Setup setup = new Setup(host, port);
        setup.run();

        Signer root = Signer.ROOT;
        Signer reader = new Signer(setup.readerKey[0], setup.readerKey[1]);
        Signer denied = new Signer(setup.deniedKey[0], setup.deniedKey[1]);
        String missing = "/v5/users/" + "0123456789abcdef0123456789abcdef";
        List<Scenario> scenarios = List.of(
                new Scenario(
                        "baseline GET /actuator/health/liveness",
                        200,
                        c -> c.send("GET", "/actuator/health/liveness", Map.of(), null, false)),
                new Scenario(
                        "GET /actuator/health (checks the store)",
                        200,
                        c -> c.send("GET", "/actuator/health", Map.of(), null, false)),
                new Scenario("ShowUserV5 as root", 200, c -> get(c, root, host, target(setup, targets))),
                new Scenario(
                        "ShowUserV5 as IAM user (tag-conditioned policy)",
                        200,
                        c -> get(c, reader, host, target(setup, targets))),
                new Scenario(
                        "ShowUserLastLoginV5 as IAM user",
                        200,
                        c -> get(c, reader, host, target(setup, targets) + "/last-login")),
                new Scenario("ShowUserV5 404 (missing user, root)", 404, c -> get(c, root, host, missing)),
                new Scenario(
                        "ShowUserV5 403 (IAM user without policy)",
                        403,
                        c -> get(c, denied, host, target(setup, targets))),
                new Scenario(
                        "CTyun GetUser as root",
                        200,
                        c -> send(
                                c,
                                root.awsQuery(host, "Action=GetUser&Version=2010-05-08&UserName=" + setup.targetName))),
                new Scenario(
                        "Alibaba GetLoginProfile as root",
                        200,
                        c -> send(
                                c,
                                root.aliyunRpc(
                                        "GetLoginProfile",
                                        "2019-08-15",
                                        Map.of(
                                                "UserPrincipalName",
                                                setup.targetName + "@" + setup.accountId + ".onaliyun.com")))));

        System.out.printf(
                Locale.ROOT,
                "%-50s %10s %9s %9s %9s %7s%n",
                "scenario (" + connections + " connections, " + duration + " s)",
                "req/s",
                "p50 ms",
                "p99 ms",
                "p99.9 ms",
                "errors");
        boolean clean = true;
        Map<String, Double> rates = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario scenario = scenarios.get(i);
                if (!only.isEmpty() && !Arrays.asList(only.split(",")).contains(String.valueOf(i))) {
                    continue;
                }
                Measured measured = run(scenario, port, connections, warmup, duration);
                clean &= measured.clean();
                rates.merge(scenario.name(), measured.rate() / rounds, Double::sum);
            }
        }
        if (rounds > 1) {
            printMeans(rates, rounds);
        }
        if (!clean) {
            System.exit(1); // a scenario answered something unexpected, or nothing at all
        }
    }

    private static String target(Setup setup, int targets) {
        if (targets <= 0) {
            return "/v5/users/" + setup.targetId;
        }
        int i = 1 + ThreadLocalRandom.current().nextInt(targets);
        return "/v5/users/" + seededId(i);
    }

    /** The id bench/seed-users.sql gives user number i: md5('bench-user-' || i). */
    static String seededId(int i) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5")
                    .digest(("bench-user-" + i).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpConnection.Response get(HttpConnection connection, Signer signer, String host, String path)
            throws IOException {
        return connection.send("GET", path, signer.headers("GET", host, path, null, null), null, false);
    }

    private static HttpConnection.Response send(HttpConnection connection, Signer.Signed request) throws IOException {
        return connection.send("POST", request.pathAndQuery(), request.headers(), request.body(), false);
    }

    /** The mean rate of each scenario over the rounds, and its ratio to the first scenario's. */
    private static void printMeans(Map<String, Double> rates, int rounds) {
        System.out.printf(
                Locale.ROOT, "%-50s %10s %9s%n", "mean of " + rounds + " alternating rounds", "req/s", "ratio");
        double first = rates.values().iterator().next();
        rates.forEach((name, rate) -> System.out.printf(Locale.ROOT, "%-50s %10.0f %9.2f%n", name, rate, first / rate));
    }

    /** Requests per second measured, and false for clean when the scenario had errors or measured no request. */
    private record Measured(double rate, boolean clean) {}

    /** Runs one scenario and prints its line. */
    private static Measured run(Scenario scenario, int port, int connections, int warmup, int duration)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + duration * 1_000_000_000L;
        long[][] latencies = new long[connections][];
        int[] counts = new int[connections];
        AtomicLong errors = new AtomicLong();
        AtomicLong unexpected = new AtomicLong(-1);
        CountDownLatch done = new CountDownLatch(connections);
        for (int t = 0; t < connections; t++) {
            int worker = t;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1 << 16];
                int count = 0;
                try (HttpConnection connection = new HttpConnection("127.0.0.1", port)) {
                    while (true) {
                        long sent = System.nanoTime();
                        if (sent >= end) {
                            break;
                        }
                        int status;
                        try {
                            status = scenario.request().send(connection).status();
                        } catch (IOException e) {
                            status = -1;
                        }
                        long received = System.nanoTime();
                        if (status != scenario.expectedStatus()) {
                            errors.incrementAndGet();
                            unexpected.set(status);
                        }
                        if (sent >= measureFrom) {
                            if (count == mine.length) {
                                mine = Arrays.copyOf(mine, mine.length * 2);
                            }
                            mine[count++] = received - sent;
                        }
                    }
                } finally {
                    latencies[worker] = mine;
                    counts[worker] = count;
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int offset = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(latencies[t], 0, all, offset, counts[t]);
            offset += counts[t];
        }
        Arrays.sort(all);
        System.out.printf(
                Locale.ROOT,
                "%-50s %10.0f %9.2f %9.2f %9.2f %7d%s%n",
                scenario.name(),
                total / (double) duration,
                percentile(all, 0.50),
                percentile(all, 0.99),
                percentile(all, 0.999),
                errors.get(),
                errors.get() > 0 ? " (last status " + unexpected.get() + ")" : "");
        return new Measured(total / (double) duration, errors.get() == 0 && total > 0);
    }

    /** The p-quantile of sorted nanosecond latencies, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }

    /** The users, policies and keys the scenarios need, created through the API as the root user. */
    private static final class Setup {

        private final String host;
        private final HttpConnection connection;
        private final Signer root = Signer.ROOT;
        String targetId;
        String targetName;
        String accountId;
        String[] readerKey;
        String[] deniedKey;

        Setup(String host, int port) {
            this.host = host;
            this.connection = new HttpConnection("127.0.0.1", port);
        }

        void run() throws IOException {
            String suffix = UUID.randomUUID().toString().substring(0, 6);
            targetName = "target-" + suffix;
            JsonNode target = call("POST", "/v5/users", "{\"name\":\"" + targetName + "\",\"enabled\":true}", 201)
                    .path("user");
            targetId = target.path("user_id").asString();
            accountId = target.path("urn").asString().split(":")[2]; // iam::<account id>:user:<name>
            call(
                    "POST",
                    "/v5/users/" + targetId + "/login-profile",
                    "{\"password\":\"Bench-Passw0rd-" + suffix + "\",\"password_reset_required\":false}",
                    201);
            call(
                    "POST",
                    "/v5/user/" + targetId + "/tags/create",
                    "{\"tags\":[{\"tag_key\":\"team\",\"tag_value\":\"dev\"}]}",
                    200);
            String readerId = call("POST", "/v5/users", "{\"name\":\"reader-" + suffix + "\",\"enabled\":true}", 201)
                    .path("user")
                    .path("user_id")
                    .asString();
            call(
                    "POST",
                    "/v5/user/" + readerId + "/tags/create",
                    "{\"tags\":[{\"tag_key\":\"team\",\"tag_value\":\"dev\"}]}",
                    200);
            String document = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                    + "[\"iam:users:getUserV5\",\"iam:users:showUserLastLoginV5\"],"
                    + "\"Condition\":{\"StringEquals\":{\"g:PrincipalTag/team\":[\"dev\"]}}}]}";
            String policyId = call(
                            "POST",
                            "/v5/policies",
                            JSON.writeValueAsString(
                                    Map.of("policy_name", "bench-" + suffix, "policy_document", document)),
                            201)
                    .path("policy")
                    .path("policy_id")
                    .asString();
            call("POST", "/v5/policies/" + policyId + "/attach-user", "{\"user_id\":\"" + readerId + "\"}", 200);
            readerKey = key(readerId);
            String deniedId = call("POST", "/v5/users", "{\"name\":\"denied-" + suffix + "\",\"enabled\":true}", 201)
                    .path("user")
                    .path("user_id")
                    .asString();
            deniedKey = key(deniedId);
            connection.close();
        }

        private String[] key(String userId) throws IOException {
            JsonNode key = call("POST", "/v5/users/" + userId + "/access-keys", "", 201)
                    .path("access_key");
            return new String[] {
                key.path("access_key_id").asString(),
                key.path("secret_access_key").asString()
            };
        }

        private JsonNode call(String method, String path, String body, int expected) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>(root.headers(method, host, path, null, bytes));
            HttpConnection.Response response = connection.send(method, path, headers, bytes, true);
            if (response.status() != expected) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.status() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        }
    }

    private LoadGenerator() {}
}
