package org.iamemulator.huawei.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateAccessKeyV5Response;
import com.huaweicloud.sdk.iam.v5.model.CreateVirtualMfaDeviceReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateVirtualMfaDeviceV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateVirtualMfaDeviceV5Response;
import com.huaweicloud.sdk.iam.v5.model.DeleteVirtualMfaDeviceV5Request;
import com.huaweicloud.sdk.iam.v5.model.DisableMfaDeviceReqBody;
import com.huaweicloud.sdk.iam.v5.model.DisableMfaDeviceV5Request;
import com.huaweicloud.sdk.iam.v5.model.EnableMfaDeviceReqBody;
import com.huaweicloud.sdk.iam.v5.model.EnableMfaDeviceV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListMfaDevicesV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListMfaDevicesV5Response;
import com.huaweicloud.sdk.iam.v5.model.MfaDeviceMetadata;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.mfa.MfaService;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.iamemulator.support.TotpCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The official SDK manages virtual MFA devices: their life cycle, every refusal, and what a reset does to them. */
class HuaweiSdkMfaIT extends EmulatorIntegrationTest {

    @Autowired
    MfaService mfa;

    @Autowired
    JdbcTemplate jdbc;

    private IamClient root;
    private String userId;

    @BeforeEach
    void rootClientAndUser() {
        root = HuaweiSdk.iamClient(
                baseUri, properties.root().accessKey(), properties.root().secretKey(), properties.accountId());
        userId = givenUser(uniqueName("sdk-mfa"), Map.of());
    }

    @Test
    void aDeviceIsCreatedEnabledDisabledAndDeleted() {
        String name = uniqueName("phone");
        CreateVirtualMfaDeviceV5Response created = create(root, userId, name);

        assertThat(created.getHttpStatusCode()).isEqualTo(201);
        String serial = created.getVirtualMfaDevice().getSerialNumber();
        String seed = created.getVirtualMfaDevice().getBase32StringSeed();
        assertThat(serial).isEqualTo("iam::" + properties.accountId() + ":mfa:" + name);
        assertThat(seed).matches("[A-Z2-7]{32}");
        assertThat(devicesOf(userId)).containsExactly(device(serial, false));

        assertThat(root.enableMfaDeviceV5(enable(userId, serial, seed)).getHttpStatusCode())
                .isEqualTo(200);
        assertThat(devicesOf(userId)).containsExactly(device(serial, true));

        ClientRequestException enabledDelete = refusal(() -> root.deleteVirtualMfaDeviceV5(
                new DeleteVirtualMfaDeviceV5Request().withUserId(userId).withSerialNumber(serial)));
        assertThat(enabledDelete.getHttpStatusCode()).isEqualTo(409);
        assertThat(enabledDelete.getErrorCode()).isEqualTo("IAM.0005");
        assertThat(enabledDelete.getErrorMsg()).contains("disable it first");

        assertThat(root.disableMfaDeviceV5(new DisableMfaDeviceV5Request()
                                .withBody(new DisableMfaDeviceReqBody()
                                        .withUserId(userId)
                                        .withSerialNumber(serial)))
                        .getHttpStatusCode())
                .isEqualTo(200);
        assertThat(devicesOf(userId)).containsExactly(device(serial, false));
        assertThat(root.deleteVirtualMfaDeviceV5(new DeleteVirtualMfaDeviceV5Request()
                                .withUserId(userId)
                                .withSerialNumber(serial))
                        .getHttpStatusCode())
                .isEqualTo(204);
        assertThat(devicesOf(userId)).isEmpty();
    }

    @Test
    void theSeedIsStoredEncrypted() {
        String name = uniqueName("phone");
        String seed = create(root, userId, name).getVirtualMfaDevice().getBase32StringSeed();

        String stored = jdbc.queryForObject(
                "select seed from mfa_devices where account_id = ? and name = ?",
                String.class,
                properties.accountId(),
                name);

        assertThat(stored).startsWith("enc:v1:").doesNotContain(seed);
    }

    @Test
    void creationIsRefusedForBadNamesUnknownUsersAndASecondDevice() {
        assertError(() -> create(root, userId, "bad name"), 400, "IAM.0073");
        assertError(() -> create(root, "ffffffffffffffffffffffffffffffff", uniqueName("phone")), 404, "IAM.0004");
        create(root, userId, uniqueName("phone"));

        ClientRequestException second = refusal(() -> create(root, userId, uniqueName("phone")));
        assertThat(second.getHttpStatusCode()).isEqualTo(409);
        assertThat(second.getErrorCode()).isEqualTo("IAM.0005");
        assertThat(second.getErrorMsg()).contains("already has a virtual MFA device");
    }

    @Test
    void enablingIsRefusedForWrongCodesBadSerialNumbersAndUnknownDevices() {
        CreateVirtualMfaDeviceV5Response created = create(root, userId, uniqueName("phone"));
        String serial = created.getVirtualMfaDevice().getSerialNumber();
        String seed = created.getVirtualMfaDevice().getBase32StringSeed();
        Instant now = Instant.now();

        ClientRequestException wrong = refusal(() -> root.enableMfaDeviceV5(new EnableMfaDeviceV5Request()
                .withBody(new EnableMfaDeviceReqBody()
                        .withUserId(userId)
                        .withSerialNumber(serial)
                        .withAuthenticationCodeFirst(TotpCodes.at(seed, now.minusSeconds(300)))
                        .withAuthenticationCodeSecond(TotpCodes.at(seed, now.minusSeconds(270))))));
        assertThat(wrong.getHttpStatusCode()).isEqualTo(400);
        assertThat(wrong.getErrorCode()).isEqualTo("IAM.0073");
        assertThat(wrong.getErrorMsg()).contains("two consecutive codes");

        ClientRequestException badSerial = refusal(() -> root.enableMfaDeviceV5(enable(userId, "phone", seed)));
        assertThat(badSerial.getHttpStatusCode()).isEqualTo(400);
        assertThat(badSerial.getErrorCode()).isEqualTo("PAP5.0041");
        assertThat(badSerial.getErrorMsg()).startsWith("invalid serial number");

        assertError(() -> root.enableMfaDeviceV5(enable(userId, serial + "-other", seed)), 404, "IAM.0004");
        assertError(
                () -> root.disableMfaDeviceV5(new DisableMfaDeviceV5Request()
                        .withBody(
                                new DisableMfaDeviceReqBody().withUserId(userId).withSerialNumber(serial + "-other"))),
                404,
                "IAM.0004");
        assertError(
                () -> root.deleteVirtualMfaDeviceV5(new DeleteVirtualMfaDeviceV5Request()
                        .withUserId(givenUser(uniqueName("other"), Map.of()))
                        .withSerialNumber(serial)),
                404,
                "IAM.0004");
        assertThat(devicesOf(userId)).containsExactly(device(serial, false));
    }

    @Test
    void listsPageByPage() {
        create(root, userId, uniqueName("phone"));
        create(root, givenUser(uniqueName("sdk-mfa"), Map.of()), uniqueName("phone"));

        ListMfaDevicesV5Response first = root.listMfaDevicesV5(new ListMfaDevicesV5Request().withLimit(1));
        assertThat(first.getMfaDevices()).hasSize(1);
        assertThat(first.getPageInfo().getCurrentCount()).isEqualTo(1);
        ListMfaDevicesV5Response second = root.listMfaDevicesV5(new ListMfaDevicesV5Request()
                .withLimit(1)
                .withMarker(first.getPageInfo().getNextMarker()));
        assertThat(second.getMfaDevices()).hasSize(1).doesNotContainAnyElementsOf(first.getMfaDevices());
        assertError(
                () -> root.listMfaDevicesV5(new ListMfaDevicesV5Request().withMarker("not-ours")), 400, "PAP5.0010");
    }

    @Test
    void anIamUserNeedsTheMfaActions() {
        CreateAccessKeyV5Response key = root.createAccessKeyV5(new CreateAccessKeyV5Request().withUserId(userId));
        IamClient user = HuaweiSdk.iamClient(
                baseUri,
                key.getAccessKey().getAccessKeyId(),
                key.getAccessKey().getSecretAccessKey(),
                properties.accountId());

        assertError(() -> user.listMfaDevicesV5(new ListMfaDevicesV5Request()), 403, "PAP5.0001");
        assertError(() -> create(user, userId, uniqueName("own")), 403, "PAP5.0001");

        grant(userId, "iam:mfa:listMFADevicesV5", "iam:mfa:createVirtualMFADeviceV5");
        String serial =
                create(user, userId, uniqueName("own")).getVirtualMfaDevice().getSerialNumber();
        assertThat(user.listMfaDevicesV5(new ListMfaDevicesV5Request().withUserId(userId))
                        .getMfaDevices())
                .containsExactly(device(serial, false));
        assertError(
                () -> user.deleteVirtualMfaDeviceV5(
                        new DeleteVirtualMfaDeviceV5Request().withUserId(userId).withSerialNumber(serial)),
                403,
                "PAP5.0001");
    }

    @Test
    void aResetDropsTheDevicesOfAnAccountAndTheRootUsersAreCounted() {
        JsonPath account = control()
                .body(Map.of())
                .post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String accountId = account.getString("account_id");
        IamClient accountRoot = HuaweiSdk.iamClient(
                baseUri, account.getString("root_access_key"), account.getString("root_secret_key"), accountId);
        String rootUserId = AccountService.rootUserId(accountId);
        CreateVirtualMfaDeviceV5Response created = create(accountRoot, rootUserId, "root-phone");
        accountRoot.enableMfaDeviceV5(enable(
                rootUserId,
                created.getVirtualMfaDevice().getSerialNumber(),
                created.getVirtualMfaDevice().getBase32StringSeed()));
        assertThat(mfa.enabledDevicesOfRoot(accountId)).isEqualTo(1);

        control().post("/_emulator/reset?account_id=" + accountId).then().statusCode(200);

        assertThat(accountRoot.listMfaDevicesV5(new ListMfaDevicesV5Request()).getMfaDevices())
                .isEmpty();
        assertThat(mfa.enabledDevicesOfRoot(accountId)).isZero();
        control().delete("/_emulator/accounts/{id}", accountId).then().statusCode(204);
    }

    @Test
    void theDeleteQueryIsChecked() {
        huawei().delete("/v5/virtual-mfa-devices?user_id={id}", userId)
                .then()
                .statusCode(400)
                .body("error_code", equalTo("IAM.0007"));
    }

    private static CreateVirtualMfaDeviceV5Response create(IamClient client, String userId, String name) {
        return client.createVirtualMfaDeviceV5(new CreateVirtualMfaDeviceV5Request()
                .withBody(new CreateVirtualMfaDeviceReqBody().withUserId(userId).withVirtualMfaDeviceName(name)));
    }

    /** The codes an app shows now and 30 seconds before. */
    private static EnableMfaDeviceV5Request enable(String userId, String serial, String seed) {
        Instant now = Instant.now();
        return new EnableMfaDeviceV5Request()
                .withBody(new EnableMfaDeviceReqBody()
                        .withUserId(userId)
                        .withSerialNumber(serial)
                        .withAuthenticationCodeFirst(TotpCodes.at(seed, now.minusSeconds(30)))
                        .withAuthenticationCodeSecond(TotpCodes.at(seed, now)));
    }

    private List<MfaDeviceMetadata> devicesOf(String user) {
        return root.listMfaDevicesV5(new ListMfaDevicesV5Request().withUserId(user))
                .getMfaDevices();
    }

    private MfaDeviceMetadata device(String serial, boolean enabled) {
        return new MfaDeviceMetadata()
                .withSerialNumber(serial)
                .withUserId(userId)
                .withEnabled(enabled);
    }

    private static ClientRequestException refusal(ThrowingCallable call) {
        return catchThrowableOfType(ClientRequestException.class, call);
    }

    private static void assertError(ThrowingCallable call, int status, String code) {
        ClientRequestException refused = refusal(call);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getHttpStatusCode()).isEqualTo(status);
        assertThat(refused.getErrorCode()).isEqualTo(code);
    }
}
