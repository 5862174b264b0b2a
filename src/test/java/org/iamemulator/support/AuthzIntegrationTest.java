package org.iamemulator.support;

import java.util.Map;

/** Adds policies and groups to the emulator-wide test base, through the Huawei API as the root user. */
public abstract class AuthzIntegrationTest extends EmulatorIntegrationTest {

    /** The system policies every account sees (V3 migration). */
    protected static final String FULL_ACCESS_ID = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

    protected static final String READ_ONLY_ID = "b2c3d4e5f60718293a4b5c6d7e8f90a1";

    /** A one-statement Allow document for the actions on all resources. */
    protected static String allow(String... actions) {
        return statement("Allow", actions);
    }

    protected static String deny(String... actions) {
        return statement("Deny", actions);
    }

    private static String statement(String effect, String... actions) {
        return "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"" + effect + "\",\"Action\":[\""
                + String.join("\",\"", actions) + "\"]}]}";
    }

    /** Creates a custom policy with a unique name and returns its id. */
    protected String givenPolicy(String document) {
        return huawei().body(Map.of("policy_name", uniqueName("p"), "policy_document", document))
                .post("/v5/policies")
                .then()
                .statusCode(201)
                .extract()
                .path("policy.policy_id");
    }

    /** Creates a group with a unique name and returns its id. */
    protected String givenGroup() {
        return huawei().body(Map.of("group_name", uniqueName("g")))
                .post("/v5/groups")
                .then()
                .statusCode(201)
                .extract()
                .path("group.group_id");
    }

    protected void attachToUser(String policyId, String userId) {
        huawei().body(Map.of("user_id", userId))
                .post("/v5/policies/{id}/attach-user", policyId)
                .then()
                .statusCode(200);
    }

    protected void attachToGroup(String policyId, String groupId) {
        huawei().body(Map.of("group_id", groupId))
                .post("/v5/policies/{id}/attach-group", policyId)
                .then()
                .statusCode(200);
    }

    protected void addToGroup(String groupId, String userId) {
        huawei().body(Map.of("user_id", userId))
                .post("/v5/groups/{id}/add-user", groupId)
                .then()
                .statusCode(200);
    }
}
