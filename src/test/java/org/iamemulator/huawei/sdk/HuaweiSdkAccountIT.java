package org.iamemulator.huawei.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.AddUserToGroupReqBody;
import com.huaweicloud.sdk.iam.v5.model.AddUserToGroupV5Request;
import com.huaweicloud.sdk.iam.v5.model.AsymmetricSignature;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateGroupReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateGroupV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreatePolicyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateVirtualMfaDeviceReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateVirtualMfaDeviceV5Request;
import com.huaweicloud.sdk.iam.v5.model.EnableMfaDeviceReqBody;
import com.huaweicloud.sdk.iam.v5.model.EnableMfaDeviceV5Request;
import com.huaweicloud.sdk.iam.v5.model.FeatureStatus;
import com.huaweicloud.sdk.iam.v5.model.GetAccountSummaryV5Request;
import com.huaweicloud.sdk.iam.v5.model.GetAccountSummaryV5Response;
import com.huaweicloud.sdk.iam.v5.model.GetAsymmetricSignatureSwitchV5Request;
import com.huaweicloud.sdk.iam.v5.model.GetAsymmetricSignatureSwitchV5Response;
import com.huaweicloud.sdk.iam.v5.model.GetFeatureStatusV5Request;
import com.huaweicloud.sdk.iam.v5.model.GetFeatureStatusV5Response;
import com.huaweicloud.sdk.iam.v5.model.GroupSummary;
import com.huaweicloud.sdk.iam.v5.model.SetAsymmetricSignatureReq;
import com.huaweicloud.sdk.iam.v5.model.SetAsymmetricSignatureSwitchV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowGroupSummaryRequest;
import com.huaweicloud.sdk.iam.v5.model.ShowGroupSummaryResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.support.AuthzIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.iamemulator.support.SdkModelFields;
import org.iamemulator.support.TotpCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Account information through the official SDK, in a disposable account of its own so that its counts are exact:
 * the summary, feature states, the asymmetric-signature switch and ShowGroupSummary.
 */
class HuaweiSdkAccountIT extends AuthzIntegrationTest {

    private Account account;
    private IamClient iam;

    record Account(String id, String accessKey, String secretKey) {}

    @BeforeEach
    void aDisposableAccount() {
        var created = control()
                .body(Map.of())
                .post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        account = new Account(
                created.getString("account_id"),
                created.getString("root_access_key"),
                created.getString("root_secret_key"));
        iam = HuaweiSdk.iamClient(baseUri, account.accessKey(), account.secretKey(), account.id());
    }

    @Test
    void theSummaryCountsTheAccountsEntitiesAndShowsTheQuotasInForce() {
        GetAccountSummaryV5Response before = iam.getAccountSummaryV5(new GetAccountSummaryV5Request());
        iam.createUserV5(new CreateUserV5Request()
                .withBody(new CreateUserReqBody().withName("summer").withEnabled(true)));
        iam.createGroupV5(new CreateGroupV5Request().withBody(new CreateGroupReqBody().withGroupName("counted")));
        iam.createPolicyV5(new CreatePolicyV5Request()
                .withBody(new CreatePolicyReqBody()
                        .withPolicyName("counted")
                        .withPolicyDocument(allow("iam:users:getUserV5"))));
        huaweiAs(account.accessKey(), account.secretKey())
                .body(Map.of(
                        "agency_name",
                        "counted",
                        "trust_policy",
                        "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"IAM\":[\""
                                + account.id() + "\"]},\"Action\":[\"sts:agencies:assume\"]}]}"))
                .post("/v5/agencies")
                .then()
                .statusCode(201);

        GetAccountSummaryV5Response after = iam.getAccountSummaryV5(new GetAccountSummaryV5Request());

        assertThat(before.getUsers()).isGreaterThanOrEqualTo(1);
        assertThat(after.getUsers()).isEqualTo(before.getUsers() + 1);
        assertThat(after.getGroups()).isEqualTo(before.getGroups() + 1);
        assertThat(after.getPolicies()).isEqualTo(before.getPolicies() + 1);
        assertThat(after.getAgencies()).isEqualTo(before.getAgencies() + 1);
        assertThat(after.getRootUserMfaEnabled()).isZero();
        assertThat(after.getUsersQuota()).isEqualTo(properties.quotas().users());
        assertThat(after.getGroupsQuota()).isEqualTo(properties.quotas().groups());
        assertThat(after.getPoliciesQuota()).isEqualTo(properties.quotas().policies());
        assertThat(after.getAgenciesQuota()).isEqualTo(50);
        assertThat(after.getAttachedPoliciesPerUserQuota()).isEqualTo(10);
        assertThat(after.getAttachedPoliciesPerGroupQuota()).isEqualTo(10);
        assertThat(after.getAttachedPoliciesPerAgencyQuota()).isEqualTo(10);
        assertThat(after.getVersionsPerPolicyQuota()).isEqualTo(5);
        assertThat(after.getPolicySizeQuota()).isEqualTo(6144);
        SdkModelFields.assertEveryFieldKnown(
                huaweiAs(account.accessKey(), account.secretKey())
                        .get("/v5/account-summary")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                GetAccountSummaryV5Response.class);
    }

    @Test
    void theSummaryCountsTheRootUsersEnabledMfaDevice() {
        String rootId = AccountService.rootUserId(account.id());
        var device = iam.createVirtualMfaDeviceV5(new CreateVirtualMfaDeviceV5Request()
                        .withBody(new CreateVirtualMfaDeviceReqBody()
                                .withUserId(rootId)
                                .withVirtualMfaDeviceName("root-phone")))
                .getVirtualMfaDevice();
        assertThat(iam.getAccountSummaryV5(new GetAccountSummaryV5Request()).getRootUserMfaEnabled())
                .isZero();

        Instant now = Instant.now();
        iam.enableMfaDeviceV5(new EnableMfaDeviceV5Request()
                .withBody(new EnableMfaDeviceReqBody()
                        .withUserId(rootId)
                        .withSerialNumber(device.getSerialNumber())
                        .withAuthenticationCodeFirst(TotpCodes.at(device.getBase32StringSeed(), now.minusSeconds(30)))
                        .withAuthenticationCodeSecond(TotpCodes.at(device.getBase32StringSeed(), now))));

        assertThat(iam.getAccountSummaryV5(new GetAccountSummaryV5Request()).getRootUserMfaEnabled())
                .isEqualTo(1);
    }

    @Test
    void theSummaryAndTheSwitchNeedTheirActions() {
        String userId = iam.createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody().withName("curious").withEnabled(true)))
                .getUser()
                .getUserId();
        var key = iam.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(userId))
                .getAccessKey();
        IamClient user = HuaweiSdk.iamClient(baseUri, key.getAccessKeyId(), key.getSecretAccessKey(), account.id());

        assertThat(status(() -> user.getAccountSummaryV5(new GetAccountSummaryV5Request())))
                .isEqualTo(403);
        assertThat(status(() -> user.getAsymmetricSignatureSwitchV5(new GetAsymmetricSignatureSwitchV5Request())))
                .isEqualTo(403);
        assertThat(status(() -> user.setAsymmetricSignatureSwitchV5(switchTo(true))))
                .isEqualTo(403);
        assertThat(user.getFeatureStatusV5(new GetFeatureStatusV5Request()
                                .withFeatureName(GetFeatureStatusV5Request.FeatureNameEnum.V5_CONSOLE))
                        .getFeatureStatus())
                .isEqualTo(FeatureStatus.ON);
    }

    @Test
    void featuresHaveAStateAndAnUnknownFeatureIsRefused() {
        GetFeatureStatusV5Response console = iam.getFeatureStatusV5(
                new GetFeatureStatusV5Request().withFeatureName(GetFeatureStatusV5Request.FeatureNameEnum.V5_CONSOLE));
        GetFeatureStatusV5Response analyzer = iam.getFeatureStatusV5(new GetFeatureStatusV5Request()
                .withFeatureName(GetFeatureStatusV5Request.FeatureNameEnum.ACCESS_ANALYZER));

        assertThat(console.getFeatureStatus()).isEqualTo(FeatureStatus.ON);
        assertThat(analyzer.getFeatureStatus()).isEqualTo(FeatureStatus.OFF);
        huawei().get("/v5/features/{name}", "rcp")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0007"))
                .body(
                        "error_msg",
                        equalTo("Request parameter feature_name is invalid. Expected v5_console or"
                                + " access_analyzer."));
    }

    @Test
    void theAsymmetricSignatureSwitchIsStoredPerAccountAndResetRestoresIt() {
        GetAsymmetricSignatureSwitchV5Response initially =
                iam.getAsymmetricSignatureSwitchV5(new GetAsymmetricSignatureSwitchV5Request());
        assertThat(initially.getAsymmetricSignature().getDomainId()).isEqualTo(account.id());
        assertThat(initially.getAsymmetricSignature().getAsymmetricSignatureSwitch())
                .isFalse();

        assertThat(iam.setAsymmetricSignatureSwitchV5(switchTo(true)).getHttpStatusCode())
                .isEqualTo(204);

        assertThat(iam.getAsymmetricSignatureSwitchV5(new GetAsymmetricSignatureSwitchV5Request())
                        .getAsymmetricSignature()
                        .getAsymmetricSignatureSwitch())
                .isTrue();
        huawei().get("/v5/asymmetric-signature-switch")
                .then()
                .statusCode(200)
                .body("asymmetric_signature.domain_id", equalTo(properties.accountId()))
                .body("asymmetric_signature.asymmetric_signature_switch", equalTo(false));

        control().post("/_emulator/reset?account_id=" + account.id()).then().statusCode(200);

        assertThat(iam.getAsymmetricSignatureSwitchV5(new GetAsymmetricSignatureSwitchV5Request())
                        .getAsymmetricSignature()
                        .getAsymmetricSignatureSwitch())
                .isFalse();
    }

    @Test
    void settingTheSwitchNeedsItsValue() {
        huaweiAs(account.accessKey(), account.secretKey())
                .body(Map.of("asymmetric_signature", Map.of()))
                .put("/v5/asymmetric-signature-switch")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"))
                .body("error_msg", equalTo("'asymmetric_signature_switch' is a required property."));
        huaweiAs(account.accessKey(), account.secretKey())
                .body("{}")
                .put("/v5/asymmetric-signature-switch")
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0072"));
    }

    @Test
    void theGroupSummaryCountsMembersAndFiltersByUser() {
        String userId = iam.createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody().withName("member").withEnabled(true)))
                .getUser()
                .getUserId();
        String withMember = iam.createGroupV5(new CreateGroupV5Request()
                        .withBody(new CreateGroupReqBody()
                                .withGroupName("with-member")
                                .withDescription("one member")))
                .getGroup()
                .getGroupId();
        String empty = iam.createGroupV5(
                        new CreateGroupV5Request().withBody(new CreateGroupReqBody().withGroupName("empty")))
                .getGroup()
                .getGroupId();
        iam.addUserToGroupV5(new AddUserToGroupV5Request()
                .withGroupId(withMember)
                .withBody(new AddUserToGroupReqBody().withUserId(userId)));

        List<GroupSummary> all = new ArrayList<>();
        String marker = null;
        do {
            ShowGroupSummaryResponse page = iam.showGroupSummary(
                    new ShowGroupSummaryRequest().withLimit(1).withMarker(marker));
            all.addAll(page.getGroups());
            marker = page.getPageInfo().getNextMarker();
        } while (marker != null);
        ShowGroupSummaryResponse ofUser = iam.showGroupSummary(new ShowGroupSummaryRequest().withUserId(userId));

        GroupSummary counted = all.stream()
                .filter(group -> group.getGroupId().equals(withMember))
                .findFirst()
                .orElseThrow();
        assertThat(counted.getUserCount()).isEqualTo(1);
        assertThat(counted.getGroupName()).isEqualTo("with-member");
        assertThat(counted.getDescription()).isEqualTo("one member");
        assertThat(counted.getUrn()).isEqualTo("iam::" + account.id() + ":group:with-member");
        assertThat(counted.getCreatedAt()).isNotNull();
        assertThat(all)
                .filteredOn(group -> group.getGroupId().equals(empty))
                .singleElement()
                .extracting(GroupSummary::getUserCount)
                .isEqualTo(0);
        assertThat(ofUser.getGroups()).extracting(GroupSummary::getGroupId).containsExactly(withMember);
        assertThat(ofUser.getPageInfo().getCurrentCount()).isEqualTo(1);
        assertThat(status(() -> iam.showGroupSummary(
                        new ShowGroupSummaryRequest().withUserId("0123456789abcdef0123456789abcdef"))))
                .isEqualTo(404);
        assertThat(status(() -> iam.showGroupSummary(new ShowGroupSummaryRequest().withLimit(0))))
                .isEqualTo(400);
        SdkModelFields.assertEveryFieldKnown(
                huaweiAs(account.accessKey(), account.secretKey())
                        .get("/v5/groups-summary")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                ShowGroupSummaryResponse.class);
    }

    private static SetAsymmetricSignatureSwitchV5Request switchTo(boolean enabled) {
        return new SetAsymmetricSignatureSwitchV5Request()
                .withBody(new SetAsymmetricSignatureReq()
                        .withAsymmetricSignature(new AsymmetricSignature().withAsymmetricSignatureSwitch(enabled)));
    }

    private static int status(Runnable call) {
        return catchThrowableOfType(ClientRequestException.class, call::run).getHttpStatusCode();
    }
}
