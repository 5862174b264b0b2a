package org.iamemulator.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iamemulator.aliyun.signing.RpcSignatureV1;
import org.iamemulator.ctyun.signing.SigV4;
import org.iamemulator.huawei.signing.SdkSigner;
import org.iamemulator.huawei.signing.SignedRequest;
import org.iamemulator.web.signing.SigningPrimitives;

/**
 * Signs requests of the three dialects as their SDKs do, with the emulator's own signing code: Huawei
 * {@code SDK-HMAC-SHA256}, AWS SigV4 (CTyun), Alibaba RPC signature V1.
 */
record Signer(String accessKey, String secretKey) {

    /** The emulator's default root key pair. */
    static final Signer ROOT = new Signer("EMULATORROOTKEY00001", "EmulatorRootSecretKey0000000000000000000");

    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** A request to send: what follows the method on the request line, its headers and its body. */
    record Signed(String pathAndQuery, Map<String, String> headers, byte[] body) {}

    /** The headers of a signed Huawei request, freshly dated. */
    Map<String, String> headers(String method, String host, String path, String query, byte[] body) {
        String date = SDK_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host);
        headers.put("X-Sdk-Date", date);
        headers.put("Content-Type", "application/json");
        SignedRequest request = SignedRequest.of(method, path, query, headers, body);
        String authorization =
                SdkSigner.sign(request, accessKey, secretKey, List.of("host", "x-sdk-date", "content-type"), date);
        Map<String, String> sent = new LinkedHashMap<>(headers);
        sent.remove("Host");
        sent.put("Authorization", authorization);
        return sent;
    }

    /** A CTyun / AWS IAM Query POST to {@code /} as the AWS SDK for Java v2 sends it (SigV4, region cn). */
    Signed awsQuery(String host, String form) {
        String amzDate = SDK_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        String payload = SigningPrimitives.sha256Hex(body);
        Map<String, List<String>> signed = new LinkedHashMap<>();
        signed.put("content-type", List.of("application/x-www-form-urlencoded; charset=utf-8"));
        signed.put("host", List.of(host));
        signed.put("x-amz-date", List.of(amzDate));
        List<String> names = List.copyOf(signed.keySet());
        String scope = amzDate.substring(0, 8) + "/cn/iam/aws4_request";
        String canonical = SigV4.canonicalRequest("POST", "/", null, names, signed::get, payload);
        String signature = SigV4.signature(
                SigV4.signingKey(secretKey, amzDate.substring(0, 8), "cn", "iam"),
                SigV4.stringToSign(amzDate, scope, canonical));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", signed.get("content-type").get(0));
        headers.put("X-Amz-Date", amzDate);
        headers.put(
                "Authorization",
                SigV4.ALGORITHM + " Credential=" + accessKey + "/" + scope + ", SignedHeaders="
                        + String.join(";", names) + ", Signature=" + signature);
        return new Signed("/", headers, body);
    }

    /**
     * An Alibaba RPC POST to {@code /} as com.aliyun:ims20190815 sends it (signature V1): the common parameters in
     * the query string, the operation's in a form body.
     */
    Signed aliyunRpc(String action, String version, Map<String, String> operation) {
        Map<String, String> common = new LinkedHashMap<>();
        common.put("Action", action);
        common.put("Version", version);
        common.put("Format", "JSON");
        common.put("AccessKeyId", accessKey);
        common.put("SignatureMethod", "HMAC-SHA1");
        common.put("SignatureVersion", "1.0");
        common.put("SignatureNonce", UUID.randomUUID().toString());
        common.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        List<Map.Entry<String, String>> all = new ArrayList<>(common.entrySet());
        all.addAll(operation.entrySet());
        common.put("Signature", RpcSignatureV1.sign(RpcSignatureV1.stringToSign("POST", all), secretKey));
        return new Signed(
                "/?" + form(common),
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                form(operation).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> parameters) {
        StringBuilder form = new StringBuilder();
        parameters.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }
}
