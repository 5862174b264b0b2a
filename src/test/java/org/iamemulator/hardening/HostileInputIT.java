package org.iamemulator.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.iamemulator.aliyun.signing.RpcSignatureV1;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.ctyun.signing.SigV4;
import org.iamemulator.hardening.Hostile.Dialect;
import org.iamemulator.hardening.Wire.Header;
import org.iamemulator.huawei.signing.SdkSigner;
import org.iamemulator.huawei.signing.SignedRequest;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.web.signing.SigningPrimitives;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input on every entry point, mostly signed as the default account's root so that it reaches the
 * controllers and services. Each test is a property over generated inputs: the answer keeps the invariants of
 * {@link Hostile#violation}, and afterwards the service still answers ShowUserV5 correctly. Bounded by
 * {@code hostile.tries} inputs (default 150) and {@code hostile.seconds} seconds (default 8) per property; see
 * docs/hardening.md for the long form.
 */
class HostileInputIT extends EmulatorIntegrationTest {

    static final int TRIES = Integer.getInteger("hostile.tries", 150);
    static final long SECONDS = Long.getLong("hostile.seconds", 8);
    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final String FOREIGN_ACCOUNT = "f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0";
    static final String FOREIGN_ACCOUNT_NAME = "zzforeignacctq7x";
    static final String FOREIGN_USER = "zzforeignuserq7x";
    static final String FOREIGN_TAG = "zzforeigntagvalq7x";
    static final String FOREIGN_USER_ID = "f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1";
    static final List<String> FOREIGN = List.of(FOREIGN_USER, FOREIGN_TAG, FOREIGN_ACCOUNT_NAME);

    @Autowired
    private AccountService accounts;

    private Wire wire;
    private String victimId;
    private String victimName;
    private String witnessId;
    private String witnessName;

    @BeforeEach
    void twoAccounts() {
        wire = new Wire(port);
        accounts.ensureAccount(FOREIGN_ACCOUNT, FOREIGN_ACCOUNT_NAME);
        provisioning.ensureUser(
                FOREIGN_ACCOUNT, FOREIGN_USER_ID, FOREIGN_USER, "", true, Map.of("zzforeigntag", FOREIGN_TAG));
        victimName = uniqueName("victim");
        victimId = givenUser(victimName, Map.of("team", "dev"));
        witnessName = uniqueName("witness");
        witnessId = givenUser(witnessName, Map.of("team", "ops"));
    }

    // ---------------------------------------------------------------- the properties

    @Test
    void randomPaths() {
        Arbitrary<Wire.Request> requests = Combinators.combine(
                        methods(),
                        segments().list().ofMinSize(1).ofMaxSize(4),
                        encodings(),
                        Arbitraries.integers().between(0, 99))
                .as((method, parts, encoding, dice) -> {
                    String path = "/v5/" + parts.stream().map(encoding::apply).collect(Collectors.joining("/"));
                    return huaweiRequest(method, path, null, List.of(), null, dice < 85);
                });
        check("paths", requests, Dialect.HUAWEI);
    }

    @Test
    void pathParameters() {
        List<String[]> templates = List.of(
                new String[] {"GET", "/v5/users/{}"},
                new String[] {"GET", "/v5/users/{}/last-login"},
                new String[] {"PUT", "/v5/users/{}"},
                new String[] {"DELETE", "/v5/users/{}"},
                new String[] {"GET", "/v5/users/{}/access-keys"},
                new String[] {"DELETE", "/v5/users/{}/access-keys/{}"},
                new String[] {"GET", "/v5/users/{}/access-keys/{}/last-used"},
                new String[] {"GET", "/v5/users/{}/login-profile"},
                new String[] {"GET", "/v5/user/{}/tags"},
                new String[] {"GET", "/v5/groups/{}"},
                new String[] {"DELETE", "/v5/groups/{}"},
                new String[] {"GET", "/v5/policies/{}"},
                new String[] {"GET", "/v5/policies/{}/versions/{}"},
                new String[] {"GET", "/v5/policies/{}/attached-entities"},
                new String[] {"GET", "/v5/users/{}/attached-policies"},
                new String[] {"POST", "/v5/policies/{}/attach-user"});
        Arbitrary<Wire.Request> requests = Combinators.combine(
                        Arbitraries.of(templates),
                        segments(),
                        segments(),
                        encodings(),
                        Arbitraries.integers().between(0, 99))
                .as((template, a, b, encoding, dice) -> {
                    String path = template[1]
                            .replaceFirst("\\{}", java.util.regex.Matcher.quoteReplacement(encoding.apply(a)))
                            .replace("{}", encoding.apply(b));
                    byte[] body = template[0].equals("PUT") || template[0].equals("POST")
                            ? ("{\"user_id\":\"" + victimId + "\",\"new_description\":\"x\"}").getBytes()
                            : null;
                    return huaweiRequest(template[0], path, null, json(), body, dice < 90);
                });
        check("path-parameters", requests, Dialect.HUAWEI);
    }

    @Test
    void queryStrings() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of(
                        "limit",
                        "marker",
                        "path_prefix",
                        "user_id",
                        "group_id",
                        "only_attached",
                        "policy_type",
                        "entity_type"),
                segments());
        Arbitrary<String> pair = Combinators.combine(names, segments(), encodings(), Arbitraries.of("=", "", "=="))
                .as((name, value, encoding, eq) -> encoding.apply(name) + eq + encoding.apply(value));
        Arbitrary<Wire.Request> requests = Combinators.combine(
                        Arbitraries.of(
                                "/v5/users",
                                "/v5/groups",
                                "/v5/policies",
                                "/v5/users/" + "{victim}" + "/access-keys",
                                "/v5/users/{victim}/attached-policies",
                                "/v5/policies/{victim}/versions"),
                        pair.list().ofMinSize(1).ofMaxSize(5),
                        Arbitraries.of("&", "&&", ";", "&amp;"),
                        Arbitraries.integers().between(0, 99))
                .as((path, pairs, separator, dice) -> huaweiRequest(
                        "GET",
                        path.replace("{victim}", victimId),
                        String.join(separator, pairs),
                        List.of(),
                        null,
                        dice < 90));
        check("query-strings", requests, Dialect.HUAWEI);
    }

    @Test
    void headers() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Hostile.text(List.of()),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40),
                Arbitraries.strings().alpha().ofLength(9_000),
                Arbitraries.strings().alpha().ofLength(70_000));
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.of(
                        "Authorization",
                        "X-Sdk-Date",
                        "X-Auth-Token",
                        "X-Domain-Id",
                        "Content-Type",
                        "Accept",
                        "X-Security-Token",
                        "X-Sdk-Content-Sha256",
                        "X-Emulator-Dialect",
                        "X-Forwarded-For",
                        "Accept-Charset",
                        "Expect",
                        "Range",
                        "If-None-Match",
                        "X-HTTP-Method-Override",
                        "Cookie"),
                Arbitraries.strings().withChars("abcXYZ-_:@ ()").ofMinLength(1).ofMaxLength(12));
        Arbitrary<Function<String, String>> authorizations = Arbitraries.of(
                auth -> auth.substring(0, auth.length() / 2),
                auth -> auth.replace("SDK-HMAC-SHA256", "SDK-HMAC-MD5"),
                auth -> auth.replace("Signature=", "Signature"),
                auth -> auth.replace(", ", ",,,"),
                auth -> auth.replace("Access=", "Access= "),
                auth -> auth + ", Signature=00",
                auth -> auth.replace("SignedHeaders=host;x-sdk-date", "SignedHeaders="),
                auth -> auth.replace("SignedHeaders=host;x-sdk-date", "SignedHeaders=" + ";".repeat(300)),
                auth -> "",
                auth -> "SDK-HMAC-SHA256",
                auth -> "V11-HMAC-SHA256 " + auth,
                auth -> "Bearer " + auth,
                auth -> auth.toLowerCase(),
                auth -> auth.replaceAll("Signature=[0-9a-f]+", "Signature=" + "f".repeat(64)));
        Arbitrary<Wire.Request> requests = Combinators.combine(
                        name,
                        value,
                        authorizations,
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(0, 99))
                .as((header, text, mutate, mode, dice) -> {
                    Wire.Request signed = huaweiRequest("GET", "/v5/users/" + witnessId, null, List.of(), null, true);
                    List<Header> headers = new ArrayList<>(signed.headers());
                    switch (mode) {
                        case 0 -> headers.add(new Header(header, bytes(text)));
                        case 1 -> headers.add(0, new Header(header, bytes(text)));
                        case 2 -> replace(headers, "Authorization", mutate.apply(get(headers, "Authorization")));
                        case 3 -> replace(headers, "X-Sdk-Date", text.length() > 100 ? "20250101T000000Z" : text);
                        case 4 ->
                            headers.add(
                                    new Header("Authorization", bytes(mutate.apply(get(headers, "Authorization")))));
                        case 5 -> headers.add(new Header("X-Sdk-Date", bytes("19700101T000000Z")));
                        default ->
                            headers.add(new Header(header, new byte[] {(byte) 0xff, 0x01, (byte) 0xc3, 0x28, 0x7f}));
                    }
                    if (dice < 15) {
                        headers.removeIf(h -> h.name().equals("Authorization"));
                    }
                    return new Wire.Request("GET", signed.target(), headers, null);
                });
        check("headers", requests, Dialect.HUAWEI);
    }

    @Test
    void jsonBodies() {
        Arbitrary<String[]> endpoints = Arbitraries.of(
                new String[] {"POST", "/v5/users"},
                new String[] {"PUT", "/v5/users/{victim}"},
                new String[] {"POST", "/v5/groups"},
                new String[] {"POST", "/v5/user/{victim}/tags/create"},
                new String[] {"DELETE", "/v5/user/{victim}/tags/delete"},
                new String[] {"POST", "/v5/policies"},
                new String[] {"POST", "/v5/users/{victim}/login-profile"},
                new String[] {"POST", "/v3/auth/tokens"},
                new String[] {"POST", "/v5/decode-authorization-message"},
                new String[] {"POST", "/v5/policies/{victim}/attach-user"});
        Arbitrary<Wire.Request> requests = Combinators.combine(
                        endpoints,
                        jsonBody(),
                        contentTypes(),
                        Arbitraries.integers().between(0, 99))
                .as((endpoint, body, type, dice) -> huaweiRequest(
                        endpoint[0],
                        endpoint[1].replace("{victim}", victimId),
                        null,
                        type == null ? List.of() : List.of(Header.of("Content-Type", type)),
                        body,
                        dice < 90));
        check("json-bodies", requests, Dialect.HUAWEI);
    }

    @Test
    void invalidUtf8AndContentTypes() {
        Arbitrary<byte[]> garbage = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.of(
                new byte[] {(byte) 0xc3, 0x28},
                new byte[] {(byte) 0xa0},
                new byte[] {(byte) 0xe2, (byte) 0x28, (byte) 0xa1},
                new byte[] {(byte) 0xf0, (byte) 0x28, (byte) 0x8c},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {(byte) 0xc0, (byte) 0xaf},
                new byte[] {(byte) 0xfe, (byte) 0xff},
                new byte[] {0});
        Arbitrary<Wire.Request> requests = Combinators.combine(
                        invalidUtf8,
                        garbage,
                        contentTypes(),
                        Arbitraries.of("path", "query", "body-name", "body", "header"),
                        Arbitraries.integers().between(0, 99))
                .as((bad, junk, type, where, dice) -> {
                    String valid = "{\"name\":\"" + uniqueName("u8") + "\",\"enabled\":true}";
                    byte[] body = switch (where) {
                        case "body-name" -> concat(bytes("{\"name\":\"x"), bad, bytes("\",\"enabled\":true}"));
                        case "body" -> dice % 2 == 0 ? junk : concat(bad, bytes(valid));
                        default -> bytes(valid);
                    };
                    String path = "/v5/users";
                    String method = "POST";
                    if (where.equals("path")) {
                        method = "GET";
                        body = null;
                        path = "/v5/users/" + new String(bad, StandardCharsets.ISO_8859_1);
                    }
                    List<Header> headers = new ArrayList<>();
                    if (type != null) {
                        headers.add(Header.of("Content-Type", type));
                    }
                    if (where.equals("header")) {
                        headers.add(new Header("X-Custom", bad));
                    }
                    Wire.Request request = huaweiRequest(
                            method,
                            path,
                            where.equals("query") ? "limit=" + new String(bad, StandardCharsets.ISO_8859_1) : null,
                            headers,
                            body,
                            dice < 90);
                    return request;
                });
        check("utf8-content-types", requests, Dialect.HUAWEI);
    }

    @Test
    void policyDocuments() {
        Arbitrary<Wire.Request> requests = Combinators.combine(
                        Arbitraries.of(VALID_POLICIES),
                        mutation().list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.integers().between(0, 99))
                .as((valid, mutations, dice) -> {
                    String document = valid;
                    for (Function<String, String> mutate : mutations) {
                        document = mutate.apply(document);
                    }
                    ObjectNode body = Hostile.JSON.createObjectNode();
                    body.put("policy_name", uniqueName("fuzz"));
                    if (dice < 80) {
                        body.put("policy_document", document);
                    } else {
                        body.set("policy_document", tryParse(document));
                    }
                    return huaweiRequest("POST", "/v5/policies", null, json(), bytes(body.toString()), dice < 95);
                });
        check("policy-documents", requests, Dialect.HUAWEI, (request, response) -> {
            if (response.status() == 201) {
                String id = Hostile.JSON
                        .readTree(response.body())
                        .path("policy")
                        .path("policy_id")
                        .asString();
                huawei().delete("/v5/policies/{id}", id).then().statusCode(204);
            }
        });
    }

    @Test
    void aliyunRpc() {
        Arbitrary<Map<String, String>> overrides = Combinators.combine(
                        Arbitraries.of(
                                "Action",
                                "Version",
                                "Format",
                                "UserPrincipalName",
                                "UserName",
                                "SignatureMethod",
                                "SignatureVersion",
                                "SignatureNonce",
                                "Timestamp",
                                "AccessKeyId",
                                "RegionId",
                                "Signature"),
                        Arbitraries.oneOf(
                                Hostile.text(List.of(
                                        victimName,
                                        FOREIGN_USER,
                                        FOREIGN_USER + "@" + FOREIGN_ACCOUNT_NAME + ".onaliyun.com",
                                        "GetLoginProfile",
                                        "2015-05-01",
                                        "XML",
                                        "xml",
                                        "HMAC-SHA256",
                                        "1999-01-01T00:00:00Z")),
                                Arbitraries.just("")))
                .as(Map::entry)
                .list()
                .ofMaxSize(4)
                .map(list -> {
                    Map<String, String> map = new LinkedHashMap<>();
                    list.forEach(e -> map.put(e.getKey(), e.getValue()));
                    return map;
                });
        Arbitrary<Wire.Request> requests = Combinators.combine(
                        overrides,
                        Arbitraries.of("GET", "POST"),
                        Arbitraries.integers().between(0, 99),
                        Hostile.text(List.of()))
                .as((changes, method, dice, junk) -> {
                    Map<String, String> common = new LinkedHashMap<>();
                    common.put("Action", "GetLoginProfile");
                    common.put("Version", dice % 3 == 0 ? "2015-05-01" : "2019-08-15");
                    common.put("Format", "JSON");
                    common.put("AccessKeyId", properties.root().accessKey());
                    common.put("SignatureMethod", "HMAC-SHA1");
                    common.put("SignatureVersion", "1.0");
                    common.put("SignatureNonce", UUID.randomUUID().toString());
                    common.put(
                            "Timestamp",
                            Instant.now()
                                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                    .toString());
                    common.put(
                            dice % 3 == 0 ? "UserName" : "UserPrincipalName",
                            dice % 3 == 0 ? victimName : victimName + "@" + properties.accountName() + ".onaliyun.com");
                    boolean sign = !changes.containsKey("Signature");
                    changes.forEach(common::put);
                    if (sign && dice < 85) {
                        common.put(
                                "Signature",
                                RpcSignatureV1.sign(
                                        RpcSignatureV1.stringToSign(method, new ArrayList<>(common.entrySet())),
                                        properties.root().secretKey()));
                    }
                    List<Header> headers = new ArrayList<>();
                    if (dice >= 95) {
                        headers.add(Header.of("Authorization", "ACS3-HMAC-SHA256 " + junk));
                        headers.add(Header.of("x-acs-action", "GetLoginProfile"));
                    }
                    if (method.equals("GET")) {
                        return new Wire.Request("GET", bytes("/?" + form(common)), headers, null);
                    }
                    headers.add(Header.of("Content-Type", "application/x-www-form-urlencoded"));
                    return new Wire.Request("POST", bytes("/"), headers, bytes(form(common)));
                });
        check("aliyun-rpc", requests, Dialect.AT_ROOT);
    }

    @Test
    void awsQueryForms() {
        Arbitrary<Map<String, String>> extra = Combinators.combine(
                        Arbitraries.of(
                                "Action",
                                "Version",
                                "UserName",
                                "Marker",
                                "MaxItems",
                                "Path",
                                "X-Amz-Signature",
                                "Tags.member.1.Key"),
                        Hostile.text(List.of(victimName, FOREIGN_USER, "GetUser", "2010-05-08", "ListUsers")))
                .as(Map::entry)
                .list()
                .ofMaxSize(4)
                .map(list -> {
                    Map<String, String> map = new LinkedHashMap<>();
                    list.forEach(e -> map.put(e.getKey(), e.getValue()));
                    return map;
                });
        Arbitrary<Wire.Request> requests = Combinators.combine(
                        extra,
                        Arbitraries.of("POST", "GET"),
                        Arbitraries.of(
                                "application/x-www-form-urlencoded",
                                "application/octet-stream",
                                "text/plain",
                                "application/x-www-form-urlencoded; charset=ISO-8859-1"),
                        Arbitraries.integers().between(0, 99),
                        Hostile.text(List.of()))
                .as((changes, method, type, dice, junk) -> {
                    Map<String, String> parameters = new LinkedHashMap<>();
                    parameters.put("Action", "GetUser");
                    parameters.put("Version", "2010-05-08");
                    parameters.put("UserName", victimName);
                    parameters.putAll(changes);
                    String form = form(parameters);
                    return sigV4(
                            method,
                            method.equals("GET") ? form : null,
                            method.equals("GET") ? null : form,
                            type,
                            dice,
                            junk);
                });
        check("aws-query", requests, Dialect.AT_ROOT);
    }

    // ---------------------------------------------------------------- running a property

    interface AfterEach {
        void accept(Wire.Request request, Wire.Response response) throws Exception;
    }

    private void check(String name, Arbitrary<Wire.Request> requests, Dialect dialect) {
        check(name, requests, dialect, (request, response) -> {});
    }

    private void check(String name, Arbitrary<Wire.Request> requests, Dialect dialect, AfterEach after) {
        long started = System.nanoTime();
        long deadline = SECONDS <= 0 ? Long.MAX_VALUE : started + SECONDS * 1_000_000_000L;
        int tried = 0;
        int authenticated = 0;
        List<String> violations = new ArrayList<>();
        Iterator<Wire.Request> inputs = requests.sampleStream().iterator();
        while (tried < TRIES && System.nanoTime() < deadline) {
            Wire.Request request = inputs.next();
            Wire.Response response = wire.send(request);
            tried++;
            if (response.status() != 401) {
                authenticated++;
            }
            String violation = Hostile.violation(request, response, dialect, FOREIGN);
            if (violation != null && violations.size() < 20) {
                violations.add(violation + "\n    request: " + request.describe() + "\n    answer: " + response.status()
                        + " " + Wire.abbreviate(response.body(), 400));
            } else if (violation != null) {
                violations.add(violation);
            }
            try {
                after.accept(request, response);
            } catch (Exception e) {
                violations.add("follow-up failed: " + e);
            }
        }
        stillAnswers();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "hostile %s: %d inputs, %d violations (%d past authentication, %d ms)%n",
                name, tried, violations.size(), authenticated, millis);
        violations.stream().limit(20).forEach(v -> System.out.println("  " + v));
        assertThat(violations).as(name).isEmpty();
    }

    /** After the storm a normal ShowUserV5 answers as before. */
    private void stillAnswers() {
        Wire.Response response = wire.send(huaweiRequest("GET", "/v5/users/" + witnessId, null, List.of(), null, true));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode user = Hostile.JSON.readTree(response.body()).path("user");
        assertThat(user.path("user_id").asString()).isEqualTo(witnessId);
        assertThat(user.path("user_name").asString()).isEqualTo(witnessName);
        assertThat(user.path("tags").toString()).contains("ops");
    }

    // ---------------------------------------------------------------- building requests

    private Wire.Request huaweiRequest(
            String method, String path, String query, List<Header> extra, byte[] body, boolean signed) {
        List<Header> headers = new ArrayList<>();
        if (extra.stream().noneMatch(h -> h.name().equalsIgnoreCase("Content-Type")) && body != null) {
            headers.add(Header.of("Content-Type", "application/json"));
        }
        headers.addAll(extra);
        if (signed) {
            String date = SDK_DATE.format(Instant.now());
            SignedRequest request = SignedRequest.of(
                    method,
                    path,
                    query,
                    Map.of("Host", "127.0.0.1:" + port, "X-Sdk-Date", date),
                    body == null ? new byte[0] : body);
            headers.add(Header.of("X-Sdk-Date", date));
            headers.add(Header.of(
                    "Authorization",
                    SdkSigner.sign(
                            request,
                            properties.root().accessKey(),
                            properties.root().secretKey(),
                            List.of("host", "x-sdk-date"),
                            date)));
        }
        byte[] target = (path + (query == null ? "" : "?" + query)).getBytes(StandardCharsets.UTF_8);
        return new Wire.Request(method, target, headers, body);
    }

    private Wire.Request sigV4(String method, String query, String body, String type, int dice, String junk) {
        String amzDate = SDK_DATE.format(Instant.now());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", type);
        headers.put("X-Amz-Date", amzDate);
        byte[] bytes = body == null ? new byte[0] : bytes(body);
        String payload = SigningPrimitives.sha256Hex(bytes);
        headers.put("x-amz-content-sha256", payload);
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(), List.of(value)));
        lower.put("host", List.of("127.0.0.1:" + port));
        List<String> names = lower.keySet().stream().sorted().toList();
        String scope = amzDate.substring(0, 8) + "/cn/iam/aws4_request";
        String canonical = SigV4.canonicalRequest(method, "/", query, names, lower::get, payload);
        String signature = SigV4.signature(
                SigV4.signingKey(properties.root().secretKey(), amzDate.substring(0, 8), "cn", "iam"),
                SigV4.stringToSign(amzDate, scope, canonical));
        String authorization =
                "AWS4-HMAC-SHA256 Credential=" + properties.root().accessKey() + "/" + scope + ", SignedHeaders="
                        + String.join(";", names) + ", Signature=" + signature;
        if (dice >= 85 && dice < 92) {
            authorization = "AWS4-HMAC-SHA256 " + junk;
        } else if (dice >= 92) {
            authorization = null;
        }
        List<Header> list = new ArrayList<>();
        headers.forEach((name, value) -> list.add(Header.of(name, value)));
        if (authorization != null) {
            list.add(Header.of("Authorization", authorization));
        }
        return new Wire.Request(
                method, bytes("/" + (query == null ? "" : "?" + query)), list, body == null ? null : bytes);
    }

    // ---------------------------------------------------------------- generators

    private Arbitrary<String> segments() {
        // the witness is left alone: a generated DELETE of a real id is a legitimate request that removes it
        return Hostile.text(List.of(victimId, FOREIGN_USER_ID, FOREIGN_ACCOUNT, FOREIGN_USER));
    }

    private static Arbitrary<String> methods() {
        return Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, "GET"),
                net.jqwik.api.Tuple.of(2, "POST"),
                net.jqwik.api.Tuple.of(2, "PUT"),
                net.jqwik.api.Tuple.of(2, "DELETE"),
                net.jqwik.api.Tuple.of(1, "PATCH"),
                net.jqwik.api.Tuple.of(1, "OPTIONS"),
                net.jqwik.api.Tuple.of(1, "HEAD"),
                net.jqwik.api.Tuple.of(1, "TRACE"),
                net.jqwik.api.Tuple.of(1, "PROPFIND"));
    }

    private static Arbitrary<Hostile.Encoding> encodings() {
        return Arbitraries.of(Hostile.Encoding.class);
    }

    private static Arbitrary<String> contentTypes() {
        return Arbitraries.of(
                "application/json",
                "application/json",
                "application/json; charset=UTF-8",
                "application/json; charset=ISO-8859-1",
                "application/json; charset=evil",
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=",
                "multipart/form-data",
                "*/*",
                "application/*",
                "",
                ";;;",
                "application/json;" + "a=b;".repeat(500),
                "application/merge-patch+json",
                "text/html",
                null);
    }

    private static List<Header> json() {
        return List.of(Header.of("Content-Type", "application/json"));
    }

    /** JSON bodies: malformed, deeply nested, duplicate keys, wrong types, huge arrays, and plausible ones. */
    private Arbitrary<byte[]> jsonBody() {
        Arbitrary<String> plausible = Combinators.combine(
                        Arbitraries.of(
                                "name",
                                "enabled",
                                "description",
                                "new_name",
                                "new_description",
                                "tags",
                                "tag_key",
                                "tag_value",
                                "group_name",
                                "policy_name",
                                "policy_document",
                                "password",
                                "password_reset_required",
                                "user_id",
                                "encoded_message",
                                "auth",
                                "identity",
                                "methods",
                                "domain"),
                        jsonValue(),
                        jsonValue(),
                        Arbitraries.of("name", "tags", "enabled"))
                .as((key, value, other, dup) ->
                        "{\"" + key + "\":" + value + ",\"" + dup + "\":" + other + ",\"" + dup + "\":" + value + "}");
        Arbitrary<String> malformed = Combinators.combine(
                        plausible, Arbitraries.integers().between(0, 200))
                .as((text, cut) -> text.substring(0, Math.min(cut, text.length())));
        Arbitrary<String> nested = Arbitraries.integers()
                .between(100, 20_000)
                .map(depth -> depth % 2 == 0
                        ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
        Arbitrary<String> hugeArray = Arbitraries.integers()
                .between(1_000, 60_000)
                .map(size -> "{\"tags\":[" + "{\"tag_key\":\"k\",\"tag_value\":\"v\"},".repeat(size) + "{}]}");
        Arbitrary<String> tags = Combinators.combine(Hostile.text(List.of()), jsonValue())
                .as((key, value) -> "{\"tags\":[{\"tag_key\":" + quote(key) + ",\"tag_value\":" + value + "}]}");
        Arbitrary<String> user = Combinators.combine(Hostile.text(List.of(FOREIGN_USER)), Hostile.text(List.of()))
                .as((name, description) -> "{\"name\":" + quote(name) + ",\"description\":" + quote(description)
                        + ",\"enabled\":true,\"group_name\":" + quote(name) + "}");
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, plausible),
                        net.jqwik.api.Tuple.of(3, malformed),
                        net.jqwik.api.Tuple.of(1, nested),
                        net.jqwik.api.Tuple.of(1, hugeArray),
                        net.jqwik.api.Tuple.of(3, tags),
                        net.jqwik.api.Tuple.of(3, user),
                        net.jqwik.api.Tuple.of(
                                1,
                                Arbitraries.of(
                                        "",
                                        "null",
                                        "[]",
                                        "\"x\"",
                                        "1",
                                        "{",
                                        "}",
                                        "{}{}",
                                        "{}x",
                                        "\uFEFF{}",
                                        "{\"a\":1}  garbage",
                                        "{\"name\":\"x\",}",
                                        "{'name':'x'}",
                                        "{name:x}",
                                        "{\"name\":NaN}",
                                        "{\"enabled\":tru}",
                                        "/* c */{}",
                                        "{\"name\":\"x\"}\u0000")))
                .map(HostileInputIT::bytes);
    }

    private static Arbitrary<String> jsonValue() {
        return Arbitraries.oneOf(
                Hostile.text(List.of()).map(HostileInputIT::quote),
                Arbitraries.of(
                        "null",
                        "true",
                        "false",
                        "0",
                        "-1",
                        "1e999",
                        "1.5",
                        "99999999999999999999999",
                        "[]",
                        "{}",
                        "[1,2]",
                        "{\"tag_key\":1}",
                        "[{\"tag_key\":\"a\",\"tag_value\":\"b\"}]",
                        "\"" + "x".repeat(100_000) + "\""));
    }

    static final List<String> VALID_POLICIES = List.of(
            "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:users:getUserV5\"]}]}",
            "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":[\"iam:*:*\"],\"Resource\":"
                    + "[\"iam::*:user:*\"],\"Condition\":{\"StringEquals\":{\"g:ResourceTag/team\":[\"dev\"]}}}]}",
            "{\"Version\":\"5.0\",\"Statement\":[{\"Sid\":\"a\",\"Effect\":\"Allow\",\"Action\":[\"iam:users:list*\"],"
                    + "\"Condition\":{\"IpAddress\":{\"g:SourceIp\":[\"10.0.0.0/8\"]},\"Bool\":{\"g:MFAPresent\":"
                    + "[\"true\"]},\"DateLessThan\":{\"g:CurrentTime\":[\"2030-01-01T00:00:00Z\"]}}},"
                    + "{\"Effect\":\"Allow\",\"NotAction\":[\"iam:users:deleteUserV5\"]}]}");

    /** Grammar mutations of a valid document, on its tree or on its text. */
    private static Arbitrary<Function<String, String>> mutation() {
        Arbitrary<String> keys = Arbitraries.of(
                "Version",
                "Statement",
                "Effect",
                "Action",
                "NotAction",
                "Resource",
                "NotResource",
                "Condition",
                "Sid",
                "Principal",
                "StringEquals",
                "StringLike",
                "IpAddress",
                "ForAnyValue:StringEquals",
                "ForAllValues:StringLike",
                "StringEqualsIfExists",
                "Null",
                "Bogus",
                "g:ResourceTag/team",
                "g:SourceIp",
                "g:CurrentTime",
                "version",
                "statement",
                "effect",
                "action",
                "");
        Arbitrary<String> values = Arbitraries.oneOf(
                jsonValue(),
                Arbitraries.of(
                        "\"5.0\"",
                        "\"1.1\"",
                        "\"Allow\"",
                        "\"Deny\"",
                        "\"*\"",
                        "[\"*\"]",
                        "[\"iam:*\"]",
                        "[\"iam:users:*:*\"]",
                        "[\"::\"]",
                        "[\"iam::\"]",
                        "[\"a:b:c\"]",
                        "[\"iam:users:getUserV5\"]",
                        "[\"iam::*:user:*\"]",
                        "[\"256.0.0.0/33\"]",
                        "[\"1999-99-99\"]",
                        "{\"StringEquals\":{}}",
                        "{\"\":{\"\":[]}}",
                        "[[[[]]]]",
                        "[" + "\"iam:users:getUserV5\",".repeat(2_000) + "\"x\"]"));
        Arbitrary<Function<String, String>> tree = Combinators.combine(
                        keys, values, Arbitraries.integers().between(0, 4))
                .as((key, value, kind) -> document -> {
                    JsonNode root = tryParse(document);
                    if (!(root instanceof ObjectNode)) {
                        return document;
                    }
                    List<ObjectNode> objects = new ArrayList<>();
                    collect(root, objects);
                    ObjectNode target = objects.get(Math.floorMod((key + value).hashCode(), objects.size()));
                    switch (kind) {
                        case 0 -> target.set(key, tryParse(value));
                        case 1 -> target.remove(key.isEmpty() ? "Effect" : key);
                        case 2 ->
                            target.properties().stream()
                                    .findFirst()
                                    .ifPresent(e -> target.set(e.getKey().toUpperCase(), e.getValue()));
                        case 3 -> {
                            JsonNode statements = root.path("Statement");
                            if (statements instanceof ArrayNode array && !array.isEmpty()) {
                                for (int i = 0; i < 1 + key.length() * 10; i++) {
                                    array.add(array.get(0).deepCopy());
                                }
                            }
                        }
                        default -> target.set(key, Hostile.JSON.valueToTree(value));
                    }
                    return root.toString();
                });
        Arbitrary<Function<String, String>> text = Combinators.combine(
                        Arbitraries.integers().between(0, 400),
                        Hostile.text(List.of()),
                        Arbitraries.integers().between(0, 2))
                .as((at, insert, kind) -> document -> {
                    int i = Math.min(at, document.length());
                    return switch (kind) {
                        case 0 -> document.substring(0, i) + insert + document.substring(i);
                        case 1 -> document.substring(0, i) + document.substring(Math.min(document.length(), i + 3));
                        default -> document.replace("\"Allow\"", "\"Allow\",\"Effect\":\"Deny\"");
                    };
                });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, tree), net.jqwik.api.Tuple.of(1, text));
    }

    private static void collect(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        node.forEach(child -> collect(child, into));
    }

    private static JsonNode tryParse(String text) {
        try {
            return Hostile.JSON.readTree(text);
        } catch (RuntimeException e) {
            return Hostile.JSON.valueToTree(text);
        }
    }

    // ---------------------------------------------------------------- small helpers

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }

    static String quote(String text) {
        return Hostile.JSON.writeValueAsString(text);
    }

    static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String get(List<Header> headers, String name) {
        return headers.stream()
                .filter(h -> h.name().equals(name))
                .map(h -> new String(h.value(), StandardCharsets.UTF_8))
                .findFirst()
                .orElse("");
    }

    private static void replace(List<Header> headers, String name, String value) {
        headers.replaceAll(h -> h.name().equals(name) ? Header.of(name, value) : h);
    }
}
