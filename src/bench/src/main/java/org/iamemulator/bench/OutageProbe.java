package org.iamemulator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clients that create users and list them (both need the store) for a while, as root, printing per second what they
 * were answered and how slowly; at the end every user whose creation was acknowledged is read back. Meant to run
 * while the database is stopped and started underneath the emulator (bench/pg-outage.sh).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.iamemulator.bench.OutageProbe --port=18080 --seconds=40 --clients=4</pre>
 */
public final class OutageProbe {

    private static final Pattern USER_ID = Pattern.compile("\"user_id\":\"([0-9a-f]{32})\"");
    private static final Pattern ERROR_CODE = Pattern.compile("\"error_code\":\"([^\"]+)\"");

    /** One answer: when (ms since the start), what, how long it took. */
    private record Answer(long at, String outcome, long millis) {}

    public static void main(String[] args) throws Exception {
        Options options = new Options(args);
        int port = options.integer("port", 8080);
        int seconds = options.integer("seconds", 40);
        int clients = options.integer("clients", 4);
        String host = "127.0.0.1:" + port;
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try (HttpConnection connection = new HttpConnection("127.0.0.1", port)) {
                    for (int n = 0; System.nanoTime() < end; n++) {
                        boolean write = n % 2 == 0;
                        String path = write ? "/v5/users" : "/v5/users?limit=5";
                        byte[] body = write
                                ? ("{\"name\":\"outage-" + client + "-" + n + "-" + start % 100_000
                                                + "\",\"enabled\":true}")
                                        .getBytes(StandardCharsets.UTF_8)
                                : null;
                        long sent = System.nanoTime();
                        String outcome;
                        try {
                            HttpConnection.Response response = connection.send(
                                    write ? "POST" : "GET",
                                    path,
                                    Signer.ROOT.headers(
                                            write ? "POST" : "GET", host, "/v5/users", write ? null : "limit=5", body),
                                    body,
                                    true);
                            Matcher code = ERROR_CODE.matcher(response.body());
                            outcome = response.status() + (code.find() ? " " + code.group(1) : "");
                            Matcher id = USER_ID.matcher(response.body());
                            if (write && response.status() == 201 && id.find()) {
                                acknowledged.add(id.group(1));
                            }
                        } catch (IOException e) {
                            outcome = "connection failed";
                            sleep(100);
                        }
                        long now = System.nanoTime();
                        answers.add(new Answer((sent - start) / 1_000_000, outcome, (now - sent) / 1_000_000));
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        TreeMap<Long, TreeMap<String, Integer>> perSecond = new TreeMap<>();
        TreeMap<Long, Long> slowest = new TreeMap<>();
        for (Answer answer : answers) {
            perSecond
                    .computeIfAbsent(answer.at() / 1000, s -> new TreeMap<>())
                    .merge(answer.outcome(), 1, Integer::sum);
            slowest.merge(answer.at() / 1000, answer.millis(), Math::max);
        }
        perSecond.forEach((second, outcomes) ->
                System.out.printf(Locale.ROOT, "t=%3d s  slowest %5d ms  %s%n", second, slowest.get(second), outcomes));

        int missing = 0;
        try (HttpConnection connection = new HttpConnection("127.0.0.1", port)) {
            for (String id : acknowledged) {
                String path = "/v5/users/" + id;
                if (connection
                                .send("GET", path, Signer.ROOT.headers("GET", host, path, null, null), null, false)
                                .status()
                        != 200) {
                    missing++;
                }
            }
        }
        long unexpected = answers.stream()
                .filter(a -> !a.outcome().matches("200|201|503 IAM.0006"))
                .count();
        System.out.printf(
                Locale.ROOT,
                "%d answers, %d other than 200, 201 or 503 IAM.0006; %d users acknowledged, "
                        + "%d of them missing afterwards%n",
                answers.size(),
                unexpected,
                acknowledged.size(),
                missing);
        if (unexpected > 0 || missing > 0) {
            System.exit(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private OutageProbe() {}
}
