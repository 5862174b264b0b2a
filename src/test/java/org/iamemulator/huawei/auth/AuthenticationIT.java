package org.iamemulator.huawei.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.Ids;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.credential.CredentialProvisioning;
import org.iamemulator.huawei.signing.SdkSigner;
import org.iamemulator.huawei.signing.SignedRequest;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSigningFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Requests are accepted only with valid credentials, and refused as the real API gateway refuses them. */
class AuthenticationIT extends EmulatorIntegrationTest {

    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Autowired
    AccountService accounts;

    @Autowired
    CredentialProvisioning credentials;

    private String userId;

    @BeforeEach
    void aUser() {
        userId = givenUser(uniqueName("target"), Map.of());
        grant(userId, "iam:users:getUserV5");
    }

    @Test
    void acceptsAValidSignatureOnGetPostPutWithAndWithoutQuery() {
        huawei().get("/v5/users/{id}", userId).then().statusCode(200);
        huawei().get("/v5/users?limit=1").then().statusCode(200);
        huawei().body("{\"new_description\":\"signed body\"}")
                .put("/v5/users/{id}", userId)
                .then()
                .statusCode(200);
        huawei().body(Map.of("name", uniqueName("signed"), "enabled", true))
                .post("/v5/users")
                .then()
                .statusCode(201);
    }

    @Test
    void refusesAnUnsignedRequest() {
        assertRefused(
                unsigned().get("/v5/users/{id}", userId),
                401,
                "APIGW.0301",
                "Incorrect IAM authentication information: x-auth-token not found");
    }

    @Test
    void refusesAnUnknownAccessKey() {
        assertRefused(
                huaweiAs("UNKNOWNKEY0000000000", "x".repeat(40)).get("/v5/users/{id}", userId),
                401,
                "APIGW.0301",
                "Incorrect IAM authentication information: Get secretKey failed,ak:UNKNOWNKEY0000000000,err:ak not exist");
    }

    @Test
    void refusesAWrongSecretKey() {
        assertRefused(
                huaweiAs(properties.root().accessKey(), "W".repeat(40)).get("/v5/users/{id}", userId),
                401,
                "APIGW.0301",
                "Incorrect IAM authentication information: verify aksk signature fail");
    }

    @Test
    void refusesTamperedRequests() {
        String path = "/v5/users/" + userId;
        Map<String, String> getHeaders = signedHeaders("GET", path, "limit=1", "", Instant.now(), Map.of());
        assertMismatch(unsigned()
                .headers(getHeaders)
                .get("/v5/users/" + givenUser(uniqueName("other"), Map.of()) + "?limit=1"));
        assertMismatch(unsigned().headers(getHeaders).get(path + "?limit=2"));
        assertMismatch(unsigned().headers(getHeaders).delete(path + "?limit=1"));

        String body = "{\"new_description\":\"original\"}";
        Map<String, String> putHeaders = signedHeaders("PUT", path, null, body, Instant.now(), Map.of());
        assertMismatch(unsigned()
                .headers(putHeaders)
                .body("{\"new_description\":\"tampered\"}")
                .put(path));
        unsigned().headers(putHeaders).body(body).put(path).then().statusCode(200);

        Map<String, String> domainSigned =
                signedHeaders("GET", path, null, "", Instant.now(), Map.of("X-Domain-Id", properties.accountId()));
        unsigned().headers(domainSigned).get(path).then().statusCode(200);
        Map<String, String> changedHeader = new java.util.HashMap<>(domainSigned);
        changedHeader.put("X-Domain-Id", Ids.random());
        assertMismatch(unsigned().headers(changedHeader).get(path));
    }

    @Test
    void verifiesTheHostHeaderAsReceivedSoThatReverseProxiesWork() {
        String path = "/v5/users/" + userId;
        Map<String, String> headers =
                signedHeaders("GET", path, null, "", Instant.now(), Map.of("Host", "iam.proxy.example:443"));
        headers.put("Host", "iam.proxy.example:443");

        unsigned().headers(headers).get(path).then().statusCode(200);
        headers.put("Host", "elsewhere.example:443");
        assertMismatch(unsigned().headers(headers).get(path));
    }

    @Test
    void refusesAStaleOrFutureDate() {
        String message =
                "Incorrect IAM authentication information: X-Sdk-Date is more than 15 minutes away from the server time";
        assertRefused(
                unsigned()
                        .filter(HuaweiSigningFilter.at(
                                properties.root().accessKey(),
                                properties.root().secretKey(),
                                Instant.now().minus(Duration.ofMinutes(20))))
                        .get("/v5/users/{id}", userId),
                401,
                "APIGW.0301",
                message);
        assertRefused(
                unsigned()
                        .filter(HuaweiSigningFilter.at(
                                properties.root().accessKey(),
                                properties.root().secretKey(),
                                Instant.now().plus(Duration.ofMinutes(20))))
                        .get("/v5/users/{id}", userId),
                401,
                "APIGW.0301",
                message);
        unsigned()
                .filter(HuaweiSigningFilter.at(
                        properties.root().accessKey(),
                        properties.root().secretKey(),
                        Instant.now().minus(Duration.ofMinutes(10))))
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(200);
    }

    @Test
    void refusesMalformedAuthorizationHeaders() {
        for (String header : List.of(
                "Basic dXNlcjpwYXNz",
                "SDK-HMAC-SHA256",
                "SDK-HMAC-SHA256 Access=AK",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=zz")) {
            unsigned()
                    .header("Authorization", header)
                    .header("X-Sdk-Date", SDK_DATE.format(Instant.now()))
                    .get("/v5/users/{id}", userId)
                    .then()
                    .statusCode(401)
                    .body("error_code", equalTo("APIGW.0301"));
        }
    }

    @Test
    void refusesAnInactiveKeyAndAcceptsItAgainWhenReactivated() {
        Map<String, String> key = createKey(userId);
        String accessKey = key.get("access_key_id");

        huawei().body(Map.of("status", "inactive"))
                .put("/v5/users/{u}/access-keys/{k}", userId, accessKey)
                .then()
                .statusCode(200)
                .body("access_key.status", equalTo("inactive"));
        assertRefused(
                huaweiAs(accessKey, key.get("secret_access_key")).get("/v5/users/{id}", userId),
                401,
                "IAM.1107",
                "The access key " + accessKey + " is inactive.");

        huawei().body(Map.of("status", "active"))
                .put("/v5/users/{u}/access-keys/{k}", userId, accessKey)
                .then()
                .statusCode(200);
        huaweiAs(accessKey, key.get("secret_access_key"))
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(200);
    }

    @Test
    void refusesADeletedKey() {
        Map<String, String> key = createKey(userId);
        huawei().delete("/v5/users/{u}/access-keys/{k}", userId, key.get("access_key_id"))
                .then()
                .statusCode(204);

        assertRefused(
                huaweiAs(key.get("access_key_id"), key.get("secret_access_key")).get("/v5/users/{id}", userId),
                401,
                "APIGW.0301",
                "Incorrect IAM authentication information: Get secretKey failed,ak:" + key.get("access_key_id")
                        + ",err:ak not exist");
    }

    @Test
    void locksAKeyAfterFiveWrongSignaturesLikeTheGateway() {
        Map<String, String> key = createKey(userId);
        for (int i = 0; i < 5; i++) {
            huaweiAs(key.get("access_key_id"), "W".repeat(40))
                    .get("/v5/users/{id}", userId)
                    .then()
                    .statusCode(401)
                    .body("error_msg", equalTo("Incorrect IAM authentication information: verify aksk signature fail"));
        }

        assertRefused(
                huaweiAs(key.get("access_key_id"), key.get("secret_access_key")).get("/v5/users/{id}", userId),
                401,
                "APIGW.0301",
                "Incorrect IAM authentication information: AK access failed to reach the limit,forbidden");
        huawei().get("/v5/users/{id}", userId).then().statusCode(200);
    }

    @Test
    void refusesTheKeyOfADisabledUser() {
        Map<String, String> key = createKey(userId);
        huawei().body(Map.of("enabled", false))
                .put("/v5/users/{id}", userId)
                .then()
                .statusCode(200);

        Response response =
                huaweiAs(key.get("access_key_id"), key.get("secret_access_key")).get("/v5/users/{id}", userId);

        response.then().statusCode(403).body("error_code", equalTo("IAM.0080"));
    }

    @Test
    void refusesADomainIdOtherThanTheKeysAccount() {
        String path = "/v5/users/" + userId;
        Map<String, String> headers =
                signedHeaders("GET", path, null, "", Instant.now(), Map.of("X-Domain-Id", Ids.random()));

        assertRefused(
                unsigned().headers(headers).get(path),
                401,
                "APIGW.0301",
                "Incorrect IAM authentication information: X-Domain-Id does not match the account of the access key");
    }

    @Test
    void anotherAccountsUserLooksExactlyLikeAMissingOne() {
        String otherAccount = Ids.random();
        accounts.ensureAccount(otherAccount, uniqueName("acct"));
        String otherUser = Ids.random();
        provisioning.ensureUser(otherAccount, otherUser, "secret-agent", "", true, Map.of("team", "dev"));
        String missing = Ids.random();

        Response foreign = huawei().get("/v5/users/{id}", otherUser);
        Response absent = huawei().get("/v5/users/{id}", missing);

        foreign.then()
                .statusCode(404)
                .body("error_code", equalTo("IAM.0004"))
                .body("error_msg", equalTo("Could not find user: " + otherUser + "."));
        absent.then().statusCode(404).body("error_msg", equalTo("Could not find user: " + missing + "."));
        huawei().get("/v5/users/{id}/last-login", otherUser).then().statusCode(404);
        huawei().delete("/v5/users/{id}", otherUser).then().statusCode(404);
        huawei().post("/v5/users/{id}/access-keys", otherUser).then().statusCode(404);
        huawei().get("/v5/users?limit=200")
                .then()
                .body("users.user_id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(otherUser)));

        // and the other account's own root sees its user, not ours
        String otherRoot = accounts.rootCaller(otherAccount).userId();
        credentials.ensureAccessKey(otherRoot, "OTHERACCOUNTROOTKEY1", "S".repeat(40), true);
        huaweiAs("OTHERACCOUNTROOTKEY1", "S".repeat(40))
                .get("/v5/users/{id}", otherUser)
                .then()
                .statusCode(200);
        huaweiAs("OTHERACCOUNTROOTKEY1", "S".repeat(40))
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(404);
    }

    private Map<String, String> createKey(String owner) {
        return huawei().post("/v5/users/{id}/access-keys", owner)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("access_key");
    }

    private Map<String, String> signedHeaders(
            String method, String path, String query, String body, Instant at, Map<String, String> extra) {
        String date = SDK_DATE.format(at);
        Map<String, String> headers = new java.util.HashMap<>(extra);
        headers.putIfAbsent("Host", "127.0.0.1:" + port);
        headers.put("X-Sdk-Date", date);
        List<String> signed =
                headers.keySet().stream().map(String::toLowerCase).sorted().toList();
        String authorization = SdkSigner.sign(
                SignedRequest.of(method, path, query, headers, body.getBytes(StandardCharsets.UTF_8)),
                properties.root().accessKey(),
                properties.root().secretKey(),
                signed,
                date);
        headers.put("Authorization", authorization);
        headers.remove("Host");
        return headers;
    }

    private static void assertMismatch(Response response) {
        assertRefused(
                response, 401, "APIGW.0301", "Incorrect IAM authentication information: verify aksk signature fail");
    }

    private static void assertRefused(Response response, int status, String code, String message) {
        response.then()
                .statusCode(status)
                .body("error_code", equalTo(code))
                .body("error_msg", equalTo(message))
                .body("request_id", matchesPattern("[0-9a-f]{32}"))
                .body("request_id", equalTo(response.header("X-Request-Id")));
    }
}
