package org.iamemulator.bench;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.huawei.signing.SdkSigner;
import org.iamemulator.huawei.signing.SignedRequest;

/** Signs requests as the Huawei Cloud SDK does (SDK-HMAC-SHA256), with the emulator's own reference signer. */
record Signer(String accessKey, String secretKey) {

    /** The emulator's default root key pair. */
    static final Signer ROOT = new Signer("EMULATORROOTKEY00001", "EmulatorRootSecretKey0000000000000000000");

    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The headers of a signed request, freshly dated. */
    Map<String, String> headers(String method, String host, String path, String query, byte[] body) {
        String date = SDK_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host);
        headers.put("X-Sdk-Date", date);
        headers.put("Content-Type", "application/json");
        SignedRequest request = SignedRequest.of(method, path, query, headers, body);
        String authorization = SdkSigner.sign(request, accessKey, secretKey,
                List.of("host", "x-sdk-date", "content-type"), date);
        Map<String, String> sent = new LinkedHashMap<>(headers);
        sent.remove("Host");
        sent.put("Authorization", authorization);
        return sent;
    }
}
