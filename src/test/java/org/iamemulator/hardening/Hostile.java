package org.iamemulator.hardening;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Generators of hostile values and the invariants every answer must keep. */
final class Hostile {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");
    /** What must never show in an answer unless the client itself sent it. */
    private static final List<String> INTERNALS = List.of(
            "org.",
            "java.",
            "Exception",
            "<html",
            "<!doctype",
            "Whitelabel",
            "\tat ",
            "jakarta.",
            "springframework",
            "hibernate",
            "SQL");

    static final List<String> NASTIES = List.of(
            "'",
            "\"",
            "%",
            "_",
            ";",
            "--",
            "' OR '1'='1",
            "'; DROP TABLE users; --",
            "%' OR name LIKE '%",
            "\\",
            "..",
            "../..",
            "%2e%2e",
            "%2e%2e%2f",
            "%252e%252e%252f",
            "%00",
            "%2500",
            "%25",
            "%%",
            "%zz",
            "%c0%ae",
            "%ff%fe",
            "%e2%80%ae",
            "%F0%9F%98%80",
            "%ed%a0%80",
            "ユーザー",
            "😀",
            "a\u202Eb",
            "Ω",
            "\u0000",
            "\u0001",
            "\t",
            "*",
            "?",
            "#",
            "//",
            ";jsessionid=x",
            "%3b",
            "%2f",
            "%5c",
            "$(id)",
            "${jndi:ldap://x/a}",
            "<script>alert(1)</script>",
            "null",
            "undefined",
            "-1",
            "0",
            "99999999999999999999999",
            "1e309",
            "NaN",
            "true",
            "[]",
            "{}",
            "\uFEFF",
            "\uFFFD",
            " ",
            "+",
            "=",
            "&",
            "~",
            "e2a7c4b8d1f0496a8b3c5d7e9f1a2b4c",
            "a2518bb93d6f3182877d916651ee4f1b");

    private Hostile() {}

    /** Hostile text: metacharacters, random unicode, id-shaped values, 10 KB values, and mixes of them. */
    static Arbitrary<String> text(List<String> extra) {
        Arbitrary<String> nasty = Arbitraries.of(NASTIES);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(24);
        Arbitrary<String> meta = Arbitraries.strings()
                .withChars("'\"%_;-.*?/\\<>{}|^`$#&=+ aZ09")
                .ofMaxLength(24);
        Arbitrary<String> idLike =
                Arbitraries.strings().withChars("abcdef0123456789").ofLength(32);
        Arbitrary<String> huge = Arbitraries.strings().withChars("a%_'").ofLength(10_240);
        Arbitrary<String> mix = Arbitraries.oneOf(nasty, any, meta)
                .list()
                .ofMinSize(2)
                .ofMaxSize(4)
                .map(parts -> String.join("", parts));
        List<Tuple.Tuple2<Integer, Arbitrary<? extends String>>> choices = new ArrayList<>(List.of(
                Tuple.of(6, nasty),
                Tuple.of(3, any),
                Tuple.of(3, meta),
                Tuple.of(1, idLike),
                Tuple.of(1, huge),
                Tuple.of(3, mix)));
        if (!extra.isEmpty()) {
            choices.add(Tuple.of(2, Arbitraries.of(extra)));
        }
        @SuppressWarnings("unchecked")
        Tuple.Tuple2<Integer, Arbitrary<? extends String>>[] array = choices.toArray(Tuple.Tuple2[]::new);
        return Arbitraries.frequencyOf(array);
    }

    /** How a value is put on the request line. */
    enum Encoding {
        RAW,
        PERCENT,
        DOUBLE,
        PARTIAL;

        String apply(String value) {
            return switch (this) {
                // raw bytes as they are, but no line breaks: they would end the request line
                case RAW -> value.replace("\r", "%0D").replace("\n", "%0A").replace(" ", "%20");
                case PERCENT -> percent(value, false);
                case DOUBLE -> percent(percent(value, false), false);
                case PARTIAL -> percent(value, true);
            };
        }
    }

    static String percent(String value, boolean keepReserved) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._~".indexOf(c) >= 0
                    || (keepReserved && "'%;*$!()+,=:@".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** The dialects an answer may be in. */
    enum Dialect {
        HUAWEI,
        AT_ROOT
    }

    /**
     * The invariants of every answer: no 5xx, a request id, a well-formed error body of the dialect, no internals,
     * nothing of the other account. Returns what is broken, or null.
     */
    static String violation(Wire.Request request, Wire.Response response, Dialect dialect, List<String> foreign) {
        if (response.status() < 0) {
            return "no answer (" + response.body() + ")";
        }
        if (response.status() >= 500) {
            return "status " + response.status();
        }
        String id = response.header("X-Request-Id").orElse(null);
        if (id == null || !HEX32.matcher(id).matches()) {
            return "X-Request-Id missing or malformed: " + id;
        }
        String body = response.body();
        String sent = request.text();
        for (String internal : INTERNALS) {
            if (body.toLowerCase(Locale.ROOT).contains(internal.toLowerCase(Locale.ROOT))
                    && !sent.toLowerCase(Locale.ROOT).contains(internal.toLowerCase(Locale.ROOT))) {
                return "internals (" + internal + ") in body";
            }
        }
        for (String secret : foreign) {
            // an echo of what the client sent is no leak
            if (sent.contains(secret)) {
                continue;
            }
            if (body.contains(secret) || response.headers().stream().anyMatch(h -> h[1].contains(secret))) {
                return "another account's data (" + secret + ")";
            }
        }
        if (!"nosniff".equals(response.header("X-Content-Type-Options").orElse(null))) {
            return "X-Content-Type-Options missing";
        }
        if (response.status() < 400 || "HEAD".equals(request.method())) {
            return null;
        }
        String error = huaweiError(response, id);
        if (error == null || dialect == Dialect.HUAWEI) {
            return error;
        }
        String aliyun = aliyunError(response, id);
        String aws = awsError(response, id);
        return aliyun == null || aws == null ? null : error + " / " + aliyun + " / " + aws;
    }

    static String huaweiError(Wire.Response response, String id) {
        try {
            JsonNode body = JSON.readTree(response.body());
            if (!body.path("error_code").isString()
                    || body.path("error_code").asString().isEmpty()
                    || !body.path("error_msg").isString()) {
                return "not a Huawei error body: " + Wire.abbreviate(response.body(), 200);
            }
            if (!id.equals(body.path("request_id").asString())) {
                return "request_id differs from X-Request-Id";
            }
            return null;
        } catch (RuntimeException e) {
            return "not JSON: " + Wire.abbreviate(response.body(), 200);
        }
    }

    static String aliyunError(Wire.Response response, String id) {
        String body = response.body();
        String expected = id.toUpperCase(Locale.ROOT);
        try {
            JsonNode json = JSON.readTree(body);
            if (json.path("Code").isString()
                    && json.path("Message").isString()
                    && json.path("RequestId").asString().replace("-", "").equals(expected)) {
                return null;
            }
        } catch (RuntimeException notJson) {
            if (body.contains("<Error>")
                    && body.contains("<Code>")
                    && body.replace("-", "").contains("<RequestId>" + expected + "</RequestId>")) {
                return null;
            }
        }
        return "not an Alibaba error body";
    }

    static String awsError(Wire.Response response, String id) {
        String body = response.body();
        return body.contains("<ErrorResponse>")
                        && body.contains("<Code>")
                        && body.contains("<RequestId>" + id + "</RequestId>")
                ? null
                : "not an AWS error body";
    }
}
