package org.iamemulator.huawei.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.AddUserToGroupReqBody;
import com.huaweicloud.sdk.iam.v5.model.AddUserToGroupV5Request;
import com.huaweicloud.sdk.iam.v5.model.AttachGroupPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.AttachGroupPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.AttachUserPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.AttachUserPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateGroupReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateGroupV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.DetachUserPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.DetachUserPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Response;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product's reason to exist, through the official SDK: a user allowed to read only users tagged team=dev reads
 * those, is refused the others with an explainable denial, and loses access to a Deny or a detach.
 */
class HuaweiSdkAuthorizationIT extends EmulatorIntegrationTest {

    private static final String DEV_READER = """
            {"Version":"5.0","Statement":[{"Sid":"ReadDev","Effect":"Allow","Action":["iam:users:getUserV5"],
             "Resource":["iam::%s:user:*"],"Condition":{"StringEquals":{"g:ResourceTag/team":["dev"]}}}]}""";
    private static final String DENY_READ = """
            {"Version":"5.0","Statement":[{"Sid":"NoReads","Effect":"Deny","Action":["iam:users:get*"]}]}""";

    private IamClient root;
    private IamClient reader;
    private String readerId;
    private String devId;
    private String opsId;
    private String devPolicyId;

    @BeforeEach
    void aReaderWithATagConditionedPolicy() {
        root = HuaweiSdk.iamClient(
                baseUri, properties.root().accessKey(), properties.root().secretKey(), properties.accountId());
        readerId = givenUser(uniqueName("reader"), Map.of());
        devId = givenUser(uniqueName("dev"), Map.of("team", "dev"));
        opsId = givenUser(uniqueName("ops"), Map.of("team", "ops"));
        var key = root.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(readerId))
                .getAccessKey();
        reader = HuaweiSdk.iamClient(baseUri, key.getAccessKeyId(), key.getSecretAccessKey(), properties.accountId());
        devPolicyId = createPolicy(DEV_READER.formatted(properties.accountId()));
        attach(devPolicyId, readerId);
    }

    @Test
    void readsDevTaggedUsersOnly() {
        ShowUserV5Response dev = reader.showUserV5(new ShowUserV5Request().withUserId(devId));
        assertThat(dev.getUser().getUserId()).isEqualTo(devId);

        ClientRequestException denied = refused(() -> reader.showUserV5(new ShowUserV5Request().withUserId(opsId)));
        assertThat(denied.getErrorMsg()).startsWith("access denied: ");
        assertThat(denied.getEncodedAuthorizationMessage()).isNotBlank();
    }

    @Test
    void theDenialDecodesIntoTheDecidingContext() {
        ClientRequestException denied = refused(() -> reader.showUserV5(new ShowUserV5Request().withUserId(opsId)));

        String decoded = huawei().body(Map.of("encoded_message", denied.getEncodedAuthorizationMessage()))
                .post("/v5/decode-authorization-message")
                .then()
                .statusCode(200)
                .extract()
                .path("decoded_message");
        JsonNode message = JsonMapper.builder().build().readTree(decoded);

        assertThat(message.path("action").asString()).isEqualTo("iam:users:getUserV5");
        assertThat(message.path("resource").asString()).startsWith("iam::" + properties.accountId() + ":user:ops-");
        assertThat(message.path("principal").path("user_id").asString()).isEqualTo(readerId);
        assertThat(message.path("decision").asString()).isEqualTo("IMPLICIT_DENY");
        assertThat(message.path("context").path("g:resourcetag/team").get(0).asString())
                .isEqualTo("ops");
    }

    @Test
    void isRefusedTheLastLoginItWasNotGranted() {
        refused(() -> reader.showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(devId)));
    }

    @Test
    void losesAccessToAnExplicitDenyOrADetach() {
        String denyId = createPolicy(DENY_READ);
        attach(denyId, readerId);
        refused(() -> reader.showUserV5(new ShowUserV5Request().withUserId(devId)));

        root.detachUserPolicyV5(new DetachUserPolicyV5Request()
                .withPolicyId(denyId)
                .withBody(new DetachUserPolicyReqBody().withUserId(readerId)));
        assertThat(reader.showUserV5(new ShowUserV5Request().withUserId(devId)).getHttpStatusCode())
                .isEqualTo(200);

        root.detachUserPolicyV5(new DetachUserPolicyV5Request()
                .withPolicyId(devPolicyId)
                .withBody(new DetachUserPolicyReqBody().withUserId(readerId)));
        refused(() -> reader.showUserV5(new ShowUserV5Request().withUserId(devId)));
    }

    @Test
    void groupPoliciesApply() {
        root.detachUserPolicyV5(new DetachUserPolicyV5Request()
                .withPolicyId(devPolicyId)
                .withBody(new DetachUserPolicyReqBody().withUserId(readerId)));
        refused(() -> reader.showUserV5(new ShowUserV5Request().withUserId(devId)));

        String groupId = root.createGroupV5(
                        new CreateGroupV5Request().withBody(new CreateGroupReqBody().withGroupName(uniqueName("devs"))))
                .getGroup()
                .getGroupId();
        root.attachGroupPolicyV5(new AttachGroupPolicyV5Request()
                .withPolicyId(devPolicyId)
                .withBody(new AttachGroupPolicyReqBody().withGroupId(groupId)));
        root.addUserToGroupV5(new AddUserToGroupV5Request()
                .withGroupId(groupId)
                .withBody(new AddUserToGroupReqBody().withUserId(readerId)));

        assertThat(reader.showUserV5(new ShowUserV5Request().withUserId(devId)).getHttpStatusCode())
                .isEqualTo(200);
        refused(() -> reader.showUserV5(new ShowUserV5Request().withUserId(opsId)));
    }

    @Test
    void rootIsAlwaysAllowed() {
        attach(createPolicy(DENY_READ), readerId);
        assertThat(root.showUserV5(new ShowUserV5Request().withUserId(opsId))
                        .getUser()
                        .getUserId())
                .isEqualTo(opsId);
    }

    @Test
    void theSimulatorDecidesTheSameCases() {
        String urnPrefix = "iam::" + properties.accountId() + ":user:";
        String devName = root.showUserV5(new ShowUserV5Request().withUserId(devId))
                .getUser()
                .getUserName();
        String opsName = root.showUserV5(new ShowUserV5Request().withUserId(opsId))
                .getUser()
                .getUserName();

        List<String> decisions = unsigned()
                .body(Map.of(
                        "principal_user_id",
                        readerId,
                        "actions",
                        List.of("iam:users:getUserV5", "iam:users:showUserLastLoginV5"),
                        "resources",
                        List.of(urnPrefix + devName, urnPrefix + opsName)))
                .post("/_emulator/simulate")
                .then()
                .statusCode(200)
                .extract()
                .path("results.decision");

        assertThat(decisions).containsExactly("ALLOW", "IMPLICIT_DENY", "IMPLICIT_DENY", "IMPLICIT_DENY");
    }

    private String createPolicy(String document) {
        return root.createPolicyV5(new CreatePolicyV5Request()
                        .withBody(new CreatePolicyReqBody()
                                .withPolicyName(uniqueName("p"))
                                .withPolicyDocument(document)))
                .getPolicy()
                .getPolicyId();
    }

    private void attach(String policyId, String userId) {
        root.attachUserPolicyV5(new AttachUserPolicyV5Request()
                .withPolicyId(policyId)
                .withBody(new AttachUserPolicyReqBody().withUserId(userId)));
    }

    private static ClientRequestException refused(Runnable call) {
        ClientRequestException denied = catchThrowableOfType(ClientRequestException.class, call::run);
        assertThat(denied).as("the call should be refused").isNotNull();
        assertThat(denied.getHttpStatusCode()).isEqualTo(403);
        assertThat(denied.getErrorCode()).isEqualTo("PAP5.0001");
        assertThat(denied.getRequestId()).matches("[0-9a-f]{32}");
        return denied;
    }
}
