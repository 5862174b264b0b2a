package org.iamemulator.junit5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The emulator's control API ({@code /_emulator}) over HTTP, with its Bearer token when one is configured. */
final class ControlClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI endpoint;
    private final String token;
    private final Overhead overhead = new Overhead();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    ControlClient(URI endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    /** The effective configuration: {@code account_id}, {@code account_name}, {@code root_access_key}, … */
    Map<String, String> config() {
        return Json.parseObject(send("GET", "/_emulator/config", null));
    }

    /** All accounts back to the seed state, the request journal and the fault rules emptied. */
    void reset() {
        overhead.reset(() -> send("POST", "/_emulator/reset?include=requests,faults", null));
    }

    void recordLogin(String userId, Instant at, String sourceIp) {
        send(
                "POST",
                "/_emulator/users/" + userId + "/logins",
                "{\"at\":" + Json.quote(at.toString())
                        + (sourceIp == null ? "" : ",\"source_ip\":" + Json.quote(sourceIp)) + "}");
    }

    /** {@code account_id}, {@code account_name}, {@code root_access_key} and {@code root_secret_key} of a new account. */
    Map<String, String> newAccount() {
        return overhead.newAccount(() -> Json.parseObject(send("POST", "/_emulator/accounts", null)));
    }

    /** The time this run spent in resets and new accounts. */
    Overhead overhead() {
        return overhead;
    }

    private String send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path))
                .timeout(TIMEOUT)
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + endpoint.resolve(path) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + endpoint.resolve(path) + " interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + endpoint.resolve(path) + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }
}
