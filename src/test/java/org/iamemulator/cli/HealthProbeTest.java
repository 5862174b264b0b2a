package org.iamemulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void isAskedOnlyByProbeArguments() {
        assertThat(HealthProbe.isAsked(new String[] {"--server.port=1", "--probe"}))
                .isTrue();
        assertThat(HealthProbe.isAsked(new String[] {"--probe=http://127.0.0.1:1/x"}))
                .isTrue();
        assertThat(HealthProbe.isAsked(new String[] {"--server.port=1", "--probes"}))
                .isFalse();
        assertThat(HealthProbe.isAsked(new String[0])).isFalse();
    }

    @Test
    void asksTheReadinessProbeOnTheConfiguredPort() {
        assertThat(HealthProbe.url(new String[] {"--probe"}, Map.of()))
                .isEqualTo("http://127.0.0.1:8080/actuator/health/readiness");
        assertThat(HealthProbe.url(new String[] {"--probe"}, Map.of("SERVER_PORT", "9090")))
                .isEqualTo("http://127.0.0.1:9090/actuator/health/readiness");
        assertThat(HealthProbe.url(
                        new String[] {"--probe"}, Map.of("SERVER_PORT", "9090", "MANAGEMENT_SERVER_PORT", "9091")))
                .isEqualTo("http://127.0.0.1:9091/actuator/health/readiness");
        assertThat(HealthProbe.url(new String[] {"--probe", "--server.port=7070"}, Map.of("SERVER_PORT", "9090")))
                .isEqualTo("http://127.0.0.1:7070/actuator/health/readiness");
        assertThat(HealthProbe.url(new String[] {"--probe=http://10.0.0.1:1/ready"}, Map.of("SERVER_PORT", "9090")))
                .isEqualTo("http://10.0.0.1:1/ready");
    }

    @Test
    void exitsZeroWhenReady() throws Exception {
        int port = serve(200);

        assertThat(HealthProbe.run(new String[] {"--probe"}, Map.of("SERVER_PORT", String.valueOf(port)), errStream))
                .isZero();
        assertThat(err.size()).isZero();
    }

    @Test
    void exitsOneWhenOutOfService() throws Exception {
        int port = serve(503);

        assertThat(HealthProbe.run(new String[] {"--probe", "--server.port=" + port}, Map.of(), errStream))
                .isOne();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("answered 503");
    }

    @Test
    void exitsOneWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        assertThat(HealthProbe.run(new String[] {"--probe"}, Map.of("SERVER_PORT", String.valueOf(port)), errStream))
                .isOne();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not ready");
    }

    @Test
    void exitsOneWhenTheAnswerTakesTooLong() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + HealthProbe.PATH;
            long start = System.nanoTime();

            assertThat(HealthProbe.run(url, 200, errStream)).isOne();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(3_000);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("timed out");
        } finally {
            release.countDown();
        }
    }

    @Test
    void exitsOneOnAPortThatIsNoNumber() {
        assertThat(HealthProbe.run(new String[] {"--probe"}, Map.of("SERVER_PORT", "http"), errStream))
                .isOne();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a port");
    }

    private int serve(int status) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(HealthProbe.PATH, exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }
}
