package org.iamemulator.huawei.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.Action;
import com.huaweicloud.sdk.iam.v5.model.Condition;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.GetAuthorizationSchemaV5Request;
import com.huaweicloud.sdk.iam.v5.model.GetAuthorizationSchemaV5Response;
import com.huaweicloud.sdk.iam.v5.model.ListRegisteredServicesForAuthSchemaV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListRegisteredServicesForAuthSchemaV5Response;
import com.huaweicloud.sdk.iam.v5.model.ListServicePrincipalsV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListServicePrincipalsV5Response;
import com.huaweicloud.sdk.iam.v5.model.Operation;
import com.huaweicloud.sdk.iam.v5.model.ServicePrincipalMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.AuthzIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.iamemulator.support.SdkModelFields;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The authorization catalog through the official SDK: schemas, registered services, service principals. */
class HuaweiSdkCatalogIT extends AuthzIntegrationTest {

    private IamClient iam;

    @BeforeEach
    void sdkClient() {
        iam = rootIamClient();
    }

    @Test
    void theIamSchemaDescribesEveryActionWithItsResourcesConditionsAndOperations() {
        GetAuthorizationSchemaV5Response schema =
                iam.getAuthorizationSchemaV5(new GetAuthorizationSchemaV5Request().withServiceCode("iam"));

        assertThat(schema.getVersion()).isEqualTo("1.0");
        Action getUser = schema.getActions().stream()
                .filter(action -> action.getName().equals("iam:users:getUserV5"))
                .findFirst()
                .orElseThrow();
        assertThat(getUser.getAccessLevel()).isEqualTo(Action.AccessLevelEnum.READ);
        assertThat(getUser.getPermissionOnly()).isFalse();
        assertThat(getUser.getDescription().getEnUS()).isEqualTo("Query an IAM user.");
        assertThat(getUser.getDescription().getZhCN()).isNotBlank();
        assertThat(getUser.getResources()).singleElement().satisfies(resource -> {
            assertThat(resource.getUrnTemplate()).isEqualTo("iam::<account-id>:user:<user-name>");
            assertThat(resource.getRequired()).isTrue();
            assertThat(resource.getConditionKeys())
                    .containsExactly("g:ResourceTag/<tag-key>", "iam:ResourceIsRootUser");
        });
        assertThat(schema.getActions())
                .extracting(Action::getName)
                .contains(
                        "iam:agencies:createV5",
                        "iam:mfa:enableV5",
                        "iam:securitypolicies:updateLoginPolicyV5",
                        "iam::getAccountSummaryV5");
        assertThat(schema.getActions())
                .filteredOn(action -> action.getName().equals("iam:users:attachPolicyV5"))
                .singleElement()
                .satisfies(action -> {
                    assertThat(action.getAccessLevel()).isEqualTo(Action.AccessLevelEnum.PERMISSION_MANAGEMENT);
                    assertThat(action.getConditionKeys()).containsExactly("iam:PolicyURN");
                });
        assertThat(schema.getResources())
                .extracting(resource -> resource.getTypeName())
                .containsExactly("user", "group", "policy", "agency", "mfa", "oidcProvider", "samlProvider");
        assertThat(schema.getConditions())
                .filteredOn(condition -> condition.getKey().equals("iam:ResourceIsRootUser"))
                .singleElement()
                .satisfies(condition -> {
                    assertThat(condition.getValueType()).isEqualTo(Condition.ValueTypeEnum.BOOLEAN);
                    assertThat(condition.getMultiValued()).isFalse();
                    assertThat(condition.getDescription().getEnUS()).isNotBlank();
                });
        assertThat(schema.getOperations())
                .filteredOn(operation -> operation.getOperationId().equals("ShowUserV5"))
                .singleElement()
                .extracting(Operation::getOperationAction)
                .isEqualTo("iam:users:getUserV5");
        assertThat(schema.getOperations())
                .extracting(Operation::getOperationId)
                .contains("CreateAgencyV5", "ShowGroupSummary", "ShowTokenPolicyV5")
                .doesNotContain("GetFeatureStatusV5", "AssumeAgency");

        SdkModelFields.assertEveryFieldKnown(
                huawei().get("/v5/authorization-schemas/services/iam")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                GetAuthorizationSchemaV5Response.class);
    }

    @Test
    void theStsSchemaHasAssumeWithItsDependentActions() {
        GetAuthorizationSchemaV5Response schema =
                iam.getAuthorizationSchemaV5(new GetAuthorizationSchemaV5Request().withServiceCode("sts"));

        assertThat(schema.getOperations())
                .filteredOn(operation -> operation.getOperationId().equals("AssumeAgency"))
                .singleElement()
                .satisfies(operation -> {
                    assertThat(operation.getOperationAction()).isEqualTo("sts:agencies:assume");
                    assertThat(operation.getDependentActions())
                            .containsExactly("sts::tagSession", "sts::setSourceIdentity");
                });
        assertThat(schema.getActions())
                .filteredOn(Action::getPermissionOnly)
                .extracting(Action::getName)
                .containsExactlyInAnyOrder("sts::tagSession", "sts::setSourceIdentity");
        SdkModelFields.assertEveryFieldKnown(
                huawei().get("/v5/authorization-schemas/services/sts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                GetAuthorizationSchemaV5Response.class);
    }

    @Test
    void anotherServiceHasNoSchemaAndAMalformedCodeIsRefused() {
        ClientRequestException unknown = catchThrowableOfType(
                ClientRequestException.class,
                () -> iam.getAuthorizationSchemaV5(new GetAuthorizationSchemaV5Request().withServiceCode("ecs")));
        ClientRequestException malformed = catchThrowableOfType(
                ClientRequestException.class,
                () -> iam.getAuthorizationSchemaV5(new GetAuthorizationSchemaV5Request().withServiceCode("ecs_x")));

        assertThat(unknown.getHttpStatusCode()).isEqualTo(404);
        assertThat(unknown.getErrorCode()).isEqualTo("IAM.0004");
        assertThat(unknown.getErrorMsg()).isEqualTo("Could not find service: ecs.");
        assertThat(malformed.getHttpStatusCode()).isEqualTo(400);
        assertThat(malformed.getErrorCode()).isEqualTo("IAM.0007");
    }

    @Test
    void theRegisteredServicesAreIamAndStsPageByPage() {
        ListRegisteredServicesForAuthSchemaV5Response first = iam.listRegisteredServicesForAuthSchemaV5(
                new ListRegisteredServicesForAuthSchemaV5Request().withLimit(1));
        ListRegisteredServicesForAuthSchemaV5Response second =
                iam.listRegisteredServicesForAuthSchemaV5(new ListRegisteredServicesForAuthSchemaV5Request()
                        .withLimit(1)
                        .withMarker(first.getPageInfo().getNextMarker()));

        assertThat(first.getServiceCodes()).containsExactly("iam");
        assertThat(first.getPageInfo().getCurrentCount()).isEqualTo(1);
        assertThat(second.getServiceCodes()).containsExactly("sts");
        assertThat(second.getPageInfo().getNextMarker()).isNull();
        SdkModelFields.assertEveryFieldKnown(
                huawei().get("/v5/authorization-schemas/registered-services")
                        .then()
                        .statusCode(200)
                        .body("service_codes", equalTo(List.of("iam", "sts")))
                        .extract()
                        .asString(),
                ListRegisteredServicesForAuthSchemaV5Response.class);
    }

    @Test
    void servicePrincipalsAreListedInTheRequestedLanguage() {
        ListServicePrincipalsV5Response chinese = iam.listServicePrincipalsV5(new ListServicePrincipalsV5Request());
        ListServicePrincipalsV5Response english = iam.listServicePrincipalsV5(
                new ListServicePrincipalsV5Request().withXLanguage(ListServicePrincipalsV5Request.XLanguageEnum.EN_US));

        assertThat(english.getServicePrincipals())
                .extracting(ServicePrincipalMetadata::getServicePrincipal)
                .contains("service.APIG", "service.ECS", "service.FunctionGraph", "service.CCE", "service.OBS");
        ServicePrincipalMetadata ecs = english.getServicePrincipals().stream()
                .filter(principal -> principal.getServicePrincipal().equals("service.ECS"))
                .findFirst()
                .orElseThrow();
        assertThat(ecs.getDisplayName()).isEqualTo("Elastic Cloud Server");
        assertThat(ecs.getServiceCatalog()).isEqualTo("Compute");
        assertThat(ecs.getDescription()).isNotBlank();
        assertThat(chinese.getServicePrincipals())
                .filteredOn(principal -> principal.getServicePrincipal().equals("service.ECS"))
                .singleElement()
                .extracting(ServicePrincipalMetadata::getDisplayName)
                .isEqualTo("弹性云服务器");
        SdkModelFields.assertEveryFieldKnown(
                huawei().get("/v5/service-principals")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                ListServicePrincipalsV5Response.class);
    }

    @Test
    void servicePrincipalsPageAndRefuseAnotherLanguage() {
        List<String> seen = new ArrayList<>();
        String marker = null;
        do {
            ListServicePrincipalsV5Response page = iam.listServicePrincipalsV5(
                    new ListServicePrincipalsV5Request().withLimit(5).withMarker(marker));
            assertThat(page.getPageInfo().getCurrentCount())
                    .isEqualTo(page.getServicePrincipals().size())
                    .isLessThanOrEqualTo(5);
            page.getServicePrincipals().forEach(principal -> seen.add(principal.getServicePrincipal()));
            marker = page.getPageInfo().getNextMarker();
        } while (marker != null);

        assertThat(seen).hasSize(12).doesNotHaveDuplicates().isSorted();
        huawei().header("X-Language", "fr-fr")
                .get("/v5/service-principals")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0007"));
        huawei().get("/v5/service-principals?marker=nonsense!")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("PAP5.0010"));
    }

    @Test
    void aPolicyNamingAMisspeltIamActionIsRefusedAndAnotherServicesActionIsAccepted() {
        ClientRequestException refused = catchThrowableOfType(
                ClientRequestException.class,
                () -> iam.createPolicyV5(new CreatePolicyV5Request()
                        .withBody(new CreatePolicyReqBody()
                                .withPolicyName(uniqueName("typo"))
                                .withPolicyDocument(allow("iam:users:getUsrV5")))));

        assertThat(refused.getHttpStatusCode()).isEqualTo(400);
        assertThat(refused.getErrorCode()).isEqualTo("PAP5.0011");
        assertThat(refused.getErrorMsg())
                .isEqualTo("malformed policy document: Statement[0].Action[0]: unknown action"
                        + " iam:users:getUsrV5 (no action of its service has that name or matches it)");
        assertThat(iam.createPolicyV5(new CreatePolicyV5Request()
                                .withBody(new CreatePolicyReqBody()
                                        .withPolicyName(uniqueName("ecs"))
                                        .withPolicyDocument(allow("ecs:servers:get", "iam:users:get*"))))
                        .getHttpStatusCode())
                .isEqualTo(201);
    }

    @Test
    void aNewVersionIsCheckedAlikeAndAWildcardMatchingNoActionIsRefused() {
        String policyId = givenPolicy(allow("iam:users:getUserV5"));

        huawei().body(Map.of("policy_document", allow("sts:*:assum*", "iam:mfa:*")))
                .post("/v5/policies/{id}/versions", policyId)
                .then()
                .statusCode(201);
        huawei().body(Map.of("policy_document", allow("iam:user:*")))
                .post("/v5/policies/{id}/versions", policyId)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("PAP5.0011"))
                .body(
                        "error_msg",
                        equalTo("malformed policy document: Statement[0].Action[0]: unknown action"
                                + " iam:user:* (no action of its service has that name or matches it)"));
    }

    @Test
    void theCatalogNeedsNoPermissionButItsReaderMustBeAuthenticated() {
        String userId = givenUser(uniqueName("no-policy"), Map.of());
        var key = iam.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(userId))
                .getAccessKey();
        IamClient unprivileged =
                HuaweiSdk.iamClient(baseUri, key.getAccessKeyId(), key.getSecretAccessKey(), properties.accountId());

        assertThat(unprivileged
                        .getAuthorizationSchemaV5(new GetAuthorizationSchemaV5Request().withServiceCode("iam"))
                        .getActions())
                .isNotEmpty();
        assertThat(unprivileged
                        .listServicePrincipalsV5(new ListServicePrincipalsV5Request())
                        .getServicePrincipals())
                .isNotEmpty();
        unsigned()
                .get("/v5/authorization-schemas/services/iam")
                .then()
                .statusCode(401)
                .body("error_code", equalTo("APIGW.0301"));
    }

    @Test
    void theSimulatorSaysWhetherItKnowsTheActionAskedAbout() {
        control()
                .body(Map.of(
                        "policy_documents",
                        List.of(allow("iam:users:*")),
                        "actions",
                        List.of("iam:users:getUserV5", "iam:users:getUsrV5", "ecs:servers:get")))
                .post("/_emulator/simulate")
                .then()
                .statusCode(200)
                .body("results.action_status", equalTo(List.of("known", "unknown", "not_catalogued")))
                .body("results.decision", equalTo(List.of("ALLOW", "ALLOW", "IMPLICIT_DENY")));
        control()
                .body(Map.of(
                        "policy_documents",
                        List.of(allow("iam:users:getUsrV5")),
                        "actions",
                        List.of("iam:users:getUserV5")))
                .post("/_emulator/simulate")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("PAP5.0011"));
    }
}
