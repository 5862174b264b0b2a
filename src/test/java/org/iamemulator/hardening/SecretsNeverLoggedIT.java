package org.iamemulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iamemulator.IamEmulatorApplication;
import org.iamemulator.aliyun.signing.RpcSignatureV1;
import org.iamemulator.ctyun.signing.SigV4;
import org.iamemulator.hardening.Wire.Header;
import org.iamemulator.huawei.signing.SdkSigner;
import org.iamemulator.huawei.signing.SignedRequest;
import org.iamemulator.support.RestoreLogLevels;
import org.iamemulator.web.signing.SigningPrimitives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Everything the emulator logs, from its start (seeding secrets) through logins, key creation and signed requests
 * of the three dialects, right and wrong, at DEBUG: no secret key, password, signature, token or Authorization
 * value appears in any log line, nor in the request journal.
 */
@ExtendWith({OutputCaptureExtension.class, RestoreLogLevels.class})
class SecretsNeverLoggedIT {

    private static final DateTimeFormatter COMPACT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String ROOT_AK = "HARDENINGROOTKEY0001";
    private static final String ROOT_SK = "ConfiguredRootSecretQ7x0000000000000000c";
    private static final String ROOT_PASSWORD = "Configured-Root-Passw0rd-q7";
    private static final String WRONG_SK = "WrongSecretKeyQ7x0000000000000000000000d";

    private final List<String> secrets = new ArrayList<>(List.of(
            ROOT_SK,
            ROOT_PASSWORD,
            WRONG_SK,
            "SeededUserSecretKeyQ7x00000000000000000a",
            "SeededRootSecretKeyQ7x0000000000000000b",
            "Seeded-User-Passw0rd-q7",
            "Seeded-Root-Passw0rd-q7",
            "Wrong-Passw0rd-q7"));
    private Wire wire;
    private int port;

    @Test
    void noSecretInLogsOrJournal(CapturedOutput output) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(IamEmulatorApplication.class)
                .run(
                        "--server.port=0",
                        "--emulator.root.access-key=" + ROOT_AK,
                        "--emulator.root.secret-key=" + ROOT_SK,
                        "--emulator.root.password=" + ROOT_PASSWORD,
                        "--emulator.seed=classpath:hardening/secrets-seed.yaml",
                        // everything is logged here, whatever the test logging configuration quiets elsewhere
                        "--logging.level.root=INFO",
                        "--logging.level.org.iamemulator=DEBUG",
                        "--logging.level.org.iamemulator.access=DEBUG",
                        "--spring.jmx.enabled=false")) {
            port = ((WebServerApplicationContext) app).getWebServer().getPort();
            wire = new Wire(port);

            String token = login("emulator", ROOT_PASSWORD, 201)
                    .header("X-Subject-Token")
                    .orElseThrow();
            secrets.add(token);
            login("emulator", "Wrong-Passw0rd-q7", 401);
            login("secretive", "Seeded-User-Passw0rd-q7", 201)
                    .header("X-Subject-Token")
                    .ifPresent(secrets::add);
            login("secretacct", "Seeded-Root-Passw0rd-q7", 401);

            Wire.Response users =
                    send(new Wire.Request("GET", bytes("/v5/users"), List.of(Header.of("X-Auth-Token", token)), null));
            assertThat(users.status()).isEqualTo(200);
            send(new Wire.Request("GET", bytes("/v5/users"), List.of(Header.of("X-Auth-Token", token + "x")), null));

            Wire.Response key =
                    send(huawei("POST", "/v5/users/5ec5ec5ec5ec5ec5ec5ec5ec5ec5ec01/access-keys", ROOT_AK, ROOT_SK));
            assertThat(key.status()).as(key.body()).isEqualTo(201);
            String createdSecret = Hostile.JSON
                    .readTree(key.body())
                    .path("access_key")
                    .path("secret_access_key")
                    .asString();
            assertThat(createdSecret).hasSize(40);
            secrets.add(createdSecret);

            assertThat(send(huawei("GET", "/v5/users", ROOT_AK, WRONG_SK)).status())
                    .isEqualTo(401);
            assertThat(send(huawei(
                                    "GET",
                                    "/v5/users",
                                    "SECRETIVEKEY00000001",
                                    "SeededUserSecretKeyQ7x00000000000000000a"))
                            .status())
                    .isNotEqualTo(401);
            assertThat(send(huawei(
                                    "GET",
                                    "/v5/users",
                                    "SECRETROOTKEY0000001",
                                    "SeededRootSecretKeyQ7x0000000000000000b"))
                            .status())
                    .isEqualTo(200);

            assertThat(send(aliyun(ROOT_SK)).status()).isIn(200, 404);
            assertThat(send(aliyun(WRONG_SK)).status()).isEqualTo(400);
            assertThat(send(aws(ROOT_SK)).status()).isEqualTo(200);
            assertThat(send(aws(WRONG_SK)).status()).isEqualTo(403);

            Wire.Response journal =
                    send(new Wire.Request("GET", bytes("/_emulator/requests?limit=1000"), List.of(), null));
            assertThat(journal.status()).isEqualTo(200);
            assertThat(journal.body()).contains("ListUsersV5");
            for (String secret : secrets) {
                assertThat(journal.body()).as("journal").doesNotContain(secret);
            }
        }
        List<String> lines = output.getAll().lines().toList();
        assertThat(lines)
                .as("access-log lines of the requests above")
                .anyMatch(line -> line.contains("org.iamemulator.access") && line.contains("operation=ListUsersV5"));
        assertThat(lines).as("DEBUG lines of the emulator").anyMatch(line -> line.contains("DEBUG"));
        assertThat(secrets).as("secret values").allMatch(secret -> secret.length() >= 8);
        for (String secret : secrets) {
            assertThat(lines.stream().filter(line -> line.contains(secret)).toList())
                    .as("log lines containing the secret %s", secret)
                    .isEmpty();
        }
        System.out.printf(
                "hardening secrets: %d log lines, %d secret values checked, none logged%n",
                lines.size(), secrets.size());
    }

    private Wire.Response login(String user, String password, int status) {
        String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\"" + user
                + "\",\"password\":\"" + password + "\",\"domain\":{\"name\":\""
                + ("secretive".equals(user) ? "emulator" : user) + "\"}}}}}}";
        Wire.Response response = send(new Wire.Request(
                "POST", bytes("/v3/auth/tokens"), List.of(Header.of("Content-Type", "application/json")), bytes(body)));
        if (!"secretacct".equals(user)) {
            assertThat(response.status()).as(response.body()).isEqualTo(status);
        }
        return response;
    }

    private Wire.Response send(Wire.Request request) {
        // every Authorization value and signature the client sends is a secret for the logs
        for (Header header : request.headers()) {
            if (header.name().equalsIgnoreCase("Authorization")) {
                String value = new String(header.value(), StandardCharsets.UTF_8);
                secrets.add(value);
                Matcher signature = Pattern.compile("Signature=([0-9a-f]+)").matcher(value);
                if (signature.find()) {
                    secrets.add(signature.group(1));
                }
            }
        }
        Matcher v1 =
                Pattern.compile("[?&]Signature=([^&]+)").matcher(new String(request.target(), StandardCharsets.UTF_8));
        if (v1.find()) {
            secrets.add(v1.group(1));
            secrets.add(java.net.URLDecoder.decode(v1.group(1), StandardCharsets.UTF_8));
        }
        return wire.send(request);
    }

    private Wire.Request huawei(String method, String path, String ak, String sk) {
        String date = COMPACT.format(Instant.now());
        SignedRequest signed = SignedRequest.of(
                method, path, null, Map.of("Host", "127.0.0.1:" + port, "X-Sdk-Date", date), new byte[0]);
        return new Wire.Request(
                method,
                bytes(path),
                List.of(
                        Header.of("X-Sdk-Date", date),
                        Header.of(
                                "Authorization", SdkSigner.sign(signed, ak, sk, List.of("host", "x-sdk-date"), date))),
                null);
    }

    private Wire.Request aliyun(String secret) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", "GetLoginProfile");
        parameters.put("Version", "2019-08-15");
        parameters.put("Format", "JSON");
        parameters.put("AccessKeyId", ROOT_AK);
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("SignatureNonce", UUID.randomUUID().toString());
        parameters.put(
                "Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        parameters.put("UserPrincipalName", "secretive@emulator.onaliyun.com");
        parameters.put(
                "Signature",
                RpcSignatureV1.sign(
                        RpcSignatureV1.stringToSign("GET", new ArrayList<>(parameters.entrySet())), secret));
        return new Wire.Request("GET", bytes("/?" + HostileInputIT.form(parameters)), List.of(), null);
    }

    private Wire.Request aws(String secret) {
        String body = "Action=GetUser&Version=2010-05-08&UserName=secretive";
        String amzDate = COMPACT.format(Instant.now());
        String payload = SigningPrimitives.sha256Hex(bytes(body));
        Map<String, List<String>> lower = new LinkedHashMap<>();
        lower.put("content-type", List.of("application/x-www-form-urlencoded"));
        lower.put("host", List.of("127.0.0.1:" + port));
        lower.put("x-amz-content-sha256", List.of(payload));
        lower.put("x-amz-date", List.of(amzDate));
        List<String> names = List.copyOf(lower.keySet());
        String scope = amzDate.substring(0, 8) + "/cn/iam/aws4_request";
        String signature = SigV4.signature(
                SigV4.signingKey(secret, amzDate.substring(0, 8), "cn", "iam"),
                SigV4.stringToSign(
                        amzDate, scope, SigV4.canonicalRequest("POST", "/", null, names, lower::get, payload)));
        return new Wire.Request(
                "POST",
                bytes("/"),
                List.of(
                        Header.of("Content-Type", "application/x-www-form-urlencoded"),
                        Header.of("X-Amz-Date", amzDate),
                        Header.of("x-amz-content-sha256", payload),
                        Header.of(
                                "Authorization",
                                "AWS4-HMAC-SHA256 Credential="
                                        + ROOT_AK + "/" + scope + ", SignedHeaders=" + String.join(";", names)
                                        + ", Signature="
                                        + signature)),
                bytes(body));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
