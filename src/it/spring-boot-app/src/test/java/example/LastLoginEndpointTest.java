package example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.iamemulator.junit5.IamEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application on a random port, its SDK client on the emulator's default account. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Isolated
class LastLoginEndpointTest {

    private static final String ALICE = "a2518bb93d6f3182877d916651ee4f1b";
    private static final String BOB = "e08be540b0a93103979858155eac42fe";

    @RegisterExtension
    static final IamEmulatorExtension EMULATOR = IamEmulatorExtension.builder().build();

    @DynamicPropertySource
    static void iam(DynamicPropertyRegistry registry) {
        EmulatorAccountProperties.defaultAccount(registry, EMULATOR);
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void answersTheRecordedLogin() throws Exception {
        EMULATOR.emulator().recordLogin(ALICE, Instant.parse("2030-02-03T04:05:06.789Z"), "192.0.2.4");

        assertThat(get("/users/" + ALICE + "/last-login")).contains("\"last_login\":\"2030-02-03T04:05:06.789Z\"");
    }

    @Test
    void answersNeverForAUserWhoNeverLoggedIn() throws Exception {
        assertThat(get("/users/" + BOB + "/last-login")).contains("\"last_login\":\"never\"");
    }

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
