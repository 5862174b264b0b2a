package org.iamemulator.huawei.policy;

import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** g:SourceIp, g:SecureTransport and g:MFAPresent describe the request as the emulator received it. */
class RequestConditionKeysIT extends EmulatorIntegrationTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "IpAddress,    g:SourceIp,        127.0.0.0/8, 200",
        "IpAddress,    g:SourceIp,        10.0.0.0/8,  403",
        "NotIpAddress, g:SourceIp,        127.0.0.1,   403",
        "Bool,         g:SecureTransport, false,       200",
        "Bool,         g:SecureTransport, true,        403",
        "Bool,         g:MFAPresent,      true,        403",
        "Bool,         g:MFAPresent,      false,       200",
    })
    void decideOnTheRequestAsReceived(String operator, String key, String value, int status) {
        String userId = givenUser(uniqueName("cond"), Map.of());
        String document = """
                {"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:users:getUserV5"],
                 "Condition":{"%s":{"%s":["%s"]}}}]}""".formatted(operator, key, value);
        String policyId = huawei().body(Map.of("policy_name", uniqueName("p"), "policy_document", document))
                .post("/v5/policies")
                .then()
                .statusCode(201)
                .extract()
                .path("policy.policy_id");
        huawei().body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/attach-user", policyId)
                .then()
                .statusCode(200);
        Map<String, String> key1 = huawei().post("/v5/users/{id}/access-keys", userId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("access_key");

        huaweiAs(key1.get("access_key_id"), key1.get("secret_access_key"))
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(status);
    }
}
