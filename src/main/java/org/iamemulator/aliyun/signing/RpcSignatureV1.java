package org.iamemulator.aliyun.signing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.iamemulator.web.signing.SigningPrimitives;

/**
 * Alibaba Cloud RPC signature V1 ({@code SignatureMethod=HMAC-SHA1}, {@code SignatureVersion=1.0}): HMAC-SHA1 with
 * the key {@code <secret>&} over {@code METHOD&%2F&percentEncode(canonicalized parameters)}, where the
 * parameters are those of the query string and of the form body together, without {@code Signature}, each name and
 * value percent-encoded, sorted by name.
 */
public final class RpcSignatureV1 {

    private RpcSignatureV1() {}

    public static String stringToSign(String method, List<Map.Entry<String, String>> parameters) {
        List<Map.Entry<String, String>> signed = new ArrayList<>(parameters.size());
        for (Map.Entry<String, String> parameter : parameters) {
            if (!"Signature".equals(parameter.getKey())) {
                signed.add(parameter);
            }
        }
        return method + "&" + SigningPrimitives.percentEncode("/") + "&"
                + SigningPrimitives.percentEncode(SigningPrimitives.canonicalParameters(signed));
    }

    public static String sign(String stringToSign, String secret) {
        return Base64.getEncoder()
                .encodeToString(
                        SigningPrimitives.hmacSha1((secret + "&").getBytes(StandardCharsets.UTF_8), stringToSign));
    }
}
