package org.iamemulator.huawei.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.AgencyEx;
import com.huaweicloud.sdk.iam.v5.model.AttachAgencyPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.AttachAgencyPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateAgencyReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateAgencyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateAgencyV5Response;
import com.huaweicloud.sdk.iam.v5.model.CreateServiceLinkedAgencyReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateServiceLinkedAgencyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateServiceLinkedAgencyV5Response;
import com.huaweicloud.sdk.iam.v5.model.DeleteAgencyV5Request;
import com.huaweicloud.sdk.iam.v5.model.DeletePolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.DeleteServiceLinkedAgencyV5Request;
import com.huaweicloud.sdk.iam.v5.model.DeleteServiceLinkedAgencyV5Response;
import com.huaweicloud.sdk.iam.v5.model.DeletionTaskStatus;
import com.huaweicloud.sdk.iam.v5.model.DetachAgencyPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.DetachAgencyPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.GetAgencyV5Request;
import com.huaweicloud.sdk.iam.v5.model.GetPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.GetServiceLinkedAgencyDeletionStatusV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListAgenciesV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListAgenciesV5Response;
import com.huaweicloud.sdk.iam.v5.model.ListAttachedAgencyPoliciesV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListEntitiesForPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListEntitiesForPolicyV5Response;
import com.huaweicloud.sdk.iam.v5.model.ListResourceTagsV5Request;
import com.huaweicloud.sdk.iam.v5.model.Tag;
import com.huaweicloud.sdk.iam.v5.model.TagResourceV5Request;
import com.huaweicloud.sdk.iam.v5.model.Tags;
import com.huaweicloud.sdk.iam.v5.model.UpdateAgencyReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdateAgencyV5Request;
import com.huaweicloud.sdk.iam.v5.model.UpdateAgencyV5Response;
import com.huaweicloud.sdk.iam.v5.model.UpdateTrustPolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.UpdateTrustPolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.UpdateTrustPolicyV5Response;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.AuthzIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every agency operation through the official SDK's typed requests, with the errors each one documents. */
class HuaweiSdkAgenciesIT extends AuthzIntegrationTest {

    private static final String TRUST_ACCOUNT = """
            {"Version":"5.0","Statement":[{"Effect":"Allow","Principal":{"IAM":["%s"]},
             "Action":["sts:agencies:assume"]}]}""";

    private IamClient iam;

    @BeforeEach
    void sdkClient() {
        iam = HuaweiSdk.iamClient(
                baseUri, properties.root().accessKey(), properties.root().secretKey(), properties.accountId());
    }

    @Test
    void createsReadsListsUpdatesAndDeletesATrustAgency() {
        String name = uniqueName("deployer");
        CreateAgencyV5Response created = iam.createAgencyV5(new CreateAgencyV5Request()
                .withBody(new CreateAgencyReqBody()
                        .withAgencyName(name)
                        .withPath("sdk/ci/")
                        .withTrustPolicy(trust())
                        .withDescription("CI deployments")));
        assertThat(created.getHttpStatusCode()).isEqualTo(201);
        String id = created.getAgency().getAgencyId();
        assertThat(id).matches("[0-9a-f]{32}");
        assertThat(created.getAgency().getUrn()).isEqualTo("iam::" + properties.accountId() + ":agency:sdk/ci/" + name);
        assertThat(created.getAgency().getMaxSessionDuration()).isEqualTo(3600);
        assertThat(created.getAgency().getTrustPolicy()).isEqualTo(trust());
        assertThat(created.getAgency().getCreatedAt()).isNotNull();

        iam.tagResourceV5(new TagResourceV5Request()
                .withResourceType(TagResourceV5Request.ResourceTypeEnum.AGENCY)
                .withResourceId(id)
                .withBody(
                        new Tags().withTags(List.of(new Tag().withTagKey("team").withTagValue("dev")))));
        AgencyEx shown =
                iam.getAgencyV5(new GetAgencyV5Request().withAgencyId(id)).getAgency();
        assertThat(shown.getAgencyName()).isEqualTo(name);
        assertThat(shown.getPath()).isEqualTo("sdk/ci/");
        assertThat(shown.getDescription()).isEqualTo("CI deployments");
        assertThat(shown.getTags())
                .singleElement()
                .satisfies(tag ->
                        assertThat(tag.getTagKey() + "=" + tag.getTagValue()).isEqualTo("team=dev"));
        assertThat(iam.listResourceTagsV5(new ListResourceTagsV5Request()
                                .withResourceType(ListResourceTagsV5Request.ResourceTypeEnum.AGENCY)
                                .withResourceId(id))
                        .getTags())
                .hasSize(1);

        ListAgenciesV5Response listed = iam.listAgenciesV5(new ListAgenciesV5Request().withPathPrefix("sdk/ci/"));
        assertThat(listed.getAgencies()).extracting(a -> a.getAgencyId()).contains(id);
        assertThat(iam.listAgenciesV5(new ListAgenciesV5Request().withPathPrefix("elsewhere/"))
                        .getAgencies())
                .isEmpty();
        // the prefix is literal: _ and % are no wildcards
        assertThat(iam.listAgenciesV5(new ListAgenciesV5Request().withPathPrefix("sdk_ci/"))
                        .getAgencies())
                .extracting(a -> a.getAgencyId())
                .doesNotContain(id);

        UpdateAgencyV5Response updated = iam.updateAgencyV5(new UpdateAgencyV5Request()
                .withAgencyId(id)
                .withBody(new UpdateAgencyReqBody().withMaxSessionDuration(7200).withDescription("longer")));
        assertThat(updated.getHttpStatusCode()).isEqualTo(200);
        String newTrust = TRUST_ACCOUNT.formatted("iam::" + properties.accountId() + ":user:ci");
        UpdateTrustPolicyV5Response trusted = iam.updateTrustPolicyV5(new UpdateTrustPolicyV5Request()
                .withAgencyId(id)
                .withBody(new UpdateTrustPolicyReqBody().withTrustPolicy(newTrust)));
        assertThat(trusted.getHttpStatusCode()).isEqualTo(200);
        AgencyEx changed =
                iam.getAgencyV5(new GetAgencyV5Request().withAgencyId(id)).getAgency();
        assertThat(changed.getMaxSessionDuration()).isEqualTo(7200);
        assertThat(changed.getDescription()).isEqualTo("longer");
        assertThat(changed.getTrustPolicy()).isEqualTo(newTrust);

        assertThat(iam.deleteAgencyV5(new DeleteAgencyV5Request().withAgencyId(id))
                        .getHttpStatusCode())
                .isEqualTo(204);
        assertThat(refused(() -> iam.getAgencyV5(new GetAgencyV5Request().withAgencyId(id))))
                .satisfies(error -> assertCode(error, 404, "PAP5.0012"));
    }

    @Test
    void refusesBadNamesPathsTrustPoliciesDurationsAndClashes() {
        assertCode(
                refused(() -> create(
                        new CreateAgencyReqBody().withAgencyName("no spaces").withTrustPolicy(trust()))),
                400,
                "PAP5.0029");
        assertCode(
                refused(() -> create(new CreateAgencyReqBody()
                        .withAgencyName(uniqueName("a"))
                        .withPath("no-slash")
                        .withTrustPolicy(trust()))),
                400,
                "PAP5.0030");
        assertCode(
                refused(() -> create(new CreateAgencyReqBody()
                        .withAgencyName(uniqueName("a"))
                        .withMaxSessionDuration(60)
                        .withTrustPolicy(trust()))),
                400,
                "IAM.0073");
        ClientRequestException malformed = refused(() -> create(new CreateAgencyReqBody()
                .withAgencyName(uniqueName("a"))
                .withTrustPolicy(allow("sts:agencies:assume"))));
        assertCode(malformed, 400, "PAP5.0011");
        assertThat(malformed.getErrorMsg()).contains("Statement[0]: one of Principal or NotPrincipal is required");
        assertCode(
                refused(() -> create(new CreateAgencyReqBody()
                        .withAgencyName(uniqueName("a"))
                        .withTrustPolicy(TRUST_ACCOUNT.formatted("not-an-account")))),
                400,
                "PAP5.0011");

        String name = uniqueName("clash");
        create(new CreateAgencyReqBody().withAgencyName(name).withTrustPolicy(trust()));
        assertCode(
                refused(() -> create(new CreateAgencyReqBody()
                        .withAgencyName(name.toUpperCase())
                        .withPath("other/")
                        .withTrustPolicy(trust()))),
                409,
                "IAM.0005");

        String id =
                create(new CreateAgencyReqBody().withAgencyName(uniqueName("a")).withTrustPolicy(trust()));
        assertCode(
                refused(() -> iam.updateTrustPolicyV5(new UpdateTrustPolicyV5Request()
                        .withAgencyId(id)
                        .withBody(new UpdateTrustPolicyReqBody().withTrustPolicy("{}")))),
                400,
                "PAP5.0011");
        assertCode(
                refused(() -> iam.updateAgencyV5(new UpdateAgencyV5Request()
                        .withAgencyId(id)
                        .withBody(new UpdateAgencyReqBody().withMaxSessionDuration(43_201)))),
                400,
                "IAM.0073");
        String missing = "0".repeat(32);
        assertCode(
                refused(() -> iam.updateAgencyV5(new UpdateAgencyV5Request()
                        .withAgencyId(missing)
                        .withBody(new UpdateAgencyReqBody().withDescription("x")))),
                404,
                "PAP5.0012");
        assertCode(
                refused(() -> iam.deleteAgencyV5(new DeleteAgencyV5Request().withAgencyId(missing))), 404, "PAP5.0012");
    }

    @Test
    void attachesPoliciesWhichShowAsEntitiesAndBlockDeletion() {
        String agencyId = create(
                new CreateAgencyReqBody().withAgencyName(uniqueName("attached")).withTrustPolicy(trust()));
        String policyId = givenPolicy(allow("iam:users:getUserV5"));
        assertThat(iam.attachAgencyPolicyV5(new AttachAgencyPolicyV5Request()
                                .withPolicyId(policyId)
                                .withBody(new AttachAgencyPolicyReqBody().withAgencyId(agencyId)))
                        .getHttpStatusCode())
                .isEqualTo(200);

        assertThat(iam.listAttachedAgencyPoliciesV5(new ListAttachedAgencyPoliciesV5Request().withAgencyId(agencyId))
                        .getAttachedPolicies())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.getPolicyId()).isEqualTo(policyId);
                    assertThat(p.getAttachedAt()).isNotNull();
                });
        ListEntitiesForPolicyV5Response entities = iam.listEntitiesForPolicyV5(new ListEntitiesForPolicyV5Request()
                .withPolicyId(policyId)
                .withEntityType(ListEntitiesForPolicyV5Request.EntityTypeEnum.AGENCY));
        assertThat(entities.getPolicyAgencies())
                .singleElement()
                .satisfies(a -> assertThat(a.getAgencyId()).isEqualTo(agencyId));
        assertThat(iam.getPolicyV5(new GetPolicyV5Request().withPolicyId(policyId))
                        .getPolicy()
                        .getAttachmentCount())
                .isEqualTo(1);

        assertCode(
                refused(() -> iam.deleteAgencyV5(new DeleteAgencyV5Request().withAgencyId(agencyId))), 409, "IAM.0005");
        assertCode(
                refused(() -> iam.deletePolicyV5(new DeletePolicyV5Request().withPolicyId(policyId))), 409, "IAM.0005");
        assertCode(
                refused(() -> iam.attachAgencyPolicyV5(new AttachAgencyPolicyV5Request()
                        .withPolicyId(policyId)
                        .withBody(new AttachAgencyPolicyReqBody().withAgencyId("0".repeat(32))))),
                404,
                "PAP5.0012");

        iam.detachAgencyPolicyV5(new DetachAgencyPolicyV5Request()
                .withPolicyId(policyId)
                .withBody(new DetachAgencyPolicyReqBody().withAgencyId(agencyId)));
        assertCode(
                refused(() -> iam.detachAgencyPolicyV5(new DetachAgencyPolicyV5Request()
                        .withPolicyId(policyId)
                        .withBody(new DetachAgencyPolicyReqBody().withAgencyId(agencyId)))),
                404,
                "IAM.0004");
        iam.deleteAgencyV5(new DeleteAgencyV5Request().withAgencyId(agencyId));
    }

    @Test
    void anAgencyHoldsAtMostTenPolicies() {
        String agencyId = create(
                new CreateAgencyReqBody().withAgencyName(uniqueName("full")).withTrustPolicy(trust()));
        for (int i = 0; i < 10; i++) {
            attachToAgency(givenPolicy(allow("iam:users:getUserV5")), agencyId);
        }
        String eleventh = givenPolicy(allow("iam:users:getUserV5"));
        ClientRequestException full = refused(() -> attachToAgency(eleventh, agencyId));
        assertCode(full, 409, "PAP5.0003");
    }

    @Test
    void createsAndDeletesAServiceLinkedAgency() {
        String service = "service.Sdk" + uniqueName("x").substring(2, 10);
        CreateServiceLinkedAgencyV5Response created =
                iam.createServiceLinkedAgencyV5(new CreateServiceLinkedAgencyV5Request()
                        .withBody(new CreateServiceLinkedAgencyReqBody()
                                .withServicePrincipal(service)
                                .withDescription("for the service")));
        assertThat(created.getHttpStatusCode()).isEqualTo(201);
        String id = created.getAgency().getAgencyId();
        assertThat(created.getAgency().getPath()).isEqualTo("service-linked-agency/" + service + "/");
        assertThat(created.getAgency().getAgencyName()).isEqualTo("ServiceLinkedAgencyFor" + service.substring(8));
        assertThat(created.getAgency().getTrustPolicy()).contains("\"Service\":[\"" + service + "\"]");
        assertCode(
                refused(() -> iam.createServiceLinkedAgencyV5(new CreateServiceLinkedAgencyV5Request()
                        .withBody(new CreateServiceLinkedAgencyReqBody().withServicePrincipal(service)))),
                409,
                "IAM.0005");
        assertCode(
                refused(() -> iam.createServiceLinkedAgencyV5(new CreateServiceLinkedAgencyV5Request()
                        .withBody(new CreateServiceLinkedAgencyReqBody().withServicePrincipal("APIG")))),
                400,
                "IAM.0073");
        // the trust-agency operations leave a service-linked agency alone
        assertCode(refused(() -> iam.deleteAgencyV5(new DeleteAgencyV5Request().withAgencyId(id))), 409, "IAM.0005");

        DeleteServiceLinkedAgencyV5Response deleted =
                iam.deleteServiceLinkedAgencyV5(new DeleteServiceLinkedAgencyV5Request().withAgencyId(id));
        assertThat(deleted.getHttpStatusCode()).isEqualTo(202);
        assertThat(iam.getServiceLinkedAgencyDeletionStatusV5(new GetServiceLinkedAgencyDeletionStatusV5Request()
                                .withDeletionTaskId(deleted.getDeletionTaskId()))
                        .getStatus())
                .isEqualTo(DeletionTaskStatus.SUCCEEDED);
        assertCode(refused(() -> iam.getAgencyV5(new GetAgencyV5Request().withAgencyId(id))), 404, "PAP5.0012");
        assertCode(
                refused(() -> iam.getServiceLinkedAgencyDeletionStatusV5(
                        new GetServiceLinkedAgencyDeletionStatusV5Request().withDeletionTaskId("unknown-task"))),
                404,
                "PAP5.0012");
        assertCode(
                refused(() ->
                        iam.deleteServiceLinkedAgencyV5(new DeleteServiceLinkedAgencyV5Request().withAgencyId(id))),
                404,
                "PAP5.0012");
    }

    @Test
    void anIamUserNeedsPermissionAndMatchingResourceTags() {
        String devAgency = create(
                new CreateAgencyReqBody().withAgencyName(uniqueName("dev")).withTrustPolicy(trust()));
        String opsAgency = create(
                new CreateAgencyReqBody().withAgencyName(uniqueName("ops")).withTrustPolicy(trust()));
        tag(devAgency, "team", "dev");
        tag(opsAgency, "team", "ops");
        String userId = givenUser(uniqueName("agency-reader"), Map.of());
        var key = iam.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(userId))
                .getAccessKey();
        IamClient user =
                HuaweiSdk.iamClient(baseUri, key.getAccessKeyId(), key.getSecretAccessKey(), properties.accountId());

        ClientRequestException denied = refused(() -> user.createAgencyV5(new CreateAgencyV5Request()
                .withBody(new CreateAgencyReqBody()
                        .withAgencyName(uniqueName("denied"))
                        .withTrustPolicy(trust()))));
        assertCode(denied, 403, "PAP5.0001");
        assertThat(denied.getErrorMsg()).contains("iam:agencies:createV5");

        attachToUser(givenPolicy("""
                {"Version":"5.0","Statement":[{"Effect":"Allow","Action":["iam:agencies:getV5"],
                 "Condition":{"StringEquals":{"g:ResourceTag/team":["dev"]}}}]}"""), userId);
        assertThat(user.getAgencyV5(new GetAgencyV5Request().withAgencyId(devAgency))
                        .getAgency()
                        .getAgencyId())
                .isEqualTo(devAgency);
        assertCode(refused(() -> user.getAgencyV5(new GetAgencyV5Request().withAgencyId(opsAgency))), 403, "PAP5.0001");
        // a missing agency is refused like any agency the caller may not read, not reported missing
        assertCode(
                refused(() -> user.getAgencyV5(new GetAgencyV5Request().withAgencyId("0".repeat(32)))),
                403,
                "PAP5.0001");
    }

    @Test
    void bodiesOfTheWrongShapeAnswerTheIamErrorFormat() {
        String name = uniqueName("raw");
        huawei().body(Map.of("agency_name", name, "trust_policy", Map.of("Version", "5.0")))
                .post("/v5/agencies")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"))
                .body("request_id", matchesPattern("[0-9a-f]{32}"));
        huawei().body(Map.of("agency_name", name, "trust_policy", trust(), "max_session_duration", "long"))
                .post("/v5/agencies")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0073"));
        huawei().body("[]").post("/v5/agencies").then().statusCode(400).body("error_code", equalTo("IAM.0011"));
        huawei().body(Map.of("trust_policy", trust()))
                .post("/v5/agencies")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"));
        huawei().body(Map.of("agency_name", name, "trust_policy", "not json"))
                .post("/v5/agencies")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("PAP5.0011"))
                .body("error_msg", startsWith("malformed policy document: line 1"));
        huawei().get("/v5/agencies/{id}", "bad id!").then().statusCode(400).body("error_code", equalTo("IAM.0007"));
        huawei().get("/v5/agencies?path_prefix={p}", "bad prefix")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0007"));
        huawei().get("/v5/service-linked-agencies/deletion-task/{id}", "bad task!")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0007"));
    }

    private String trust() {
        return TRUST_ACCOUNT.formatted(properties.accountId());
    }

    private String create(CreateAgencyReqBody body) {
        return iam.createAgencyV5(new CreateAgencyV5Request().withBody(body))
                .getAgency()
                .getAgencyId();
    }

    private void attachToAgency(String policyId, String agencyId) {
        iam.attachAgencyPolicyV5(new AttachAgencyPolicyV5Request()
                .withPolicyId(policyId)
                .withBody(new AttachAgencyPolicyReqBody().withAgencyId(agencyId)));
    }

    private void tag(String agencyId, String key, String value) {
        iam.tagResourceV5(new TagResourceV5Request()
                .withResourceType(TagResourceV5Request.ResourceTypeEnum.AGENCY)
                .withResourceId(agencyId)
                .withBody(new Tags().withTags(List.of(new Tag().withTagKey(key).withTagValue(value)))));
    }

    private static ClientRequestException refused(Runnable call) {
        ClientRequestException error = catchThrowableOfType(ClientRequestException.class, call::run);
        assertThat(error).as("the call should have been refused").isNotNull();
        return error;
    }

    private static void assertCode(ClientRequestException error, int status, String code) {
        assertThat(error.getHttpStatusCode()).as(error.getErrorMsg()).isEqualTo(status);
        assertThat(error.getErrorCode()).as(error.getErrorMsg()).isEqualTo(code);
    }
}
