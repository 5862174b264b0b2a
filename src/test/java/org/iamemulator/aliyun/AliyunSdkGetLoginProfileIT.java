package org.iamemulator.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.ims20190815.Client;
import com.aliyun.ims20190815.models.GetLoginProfileRequest;
import com.aliyun.ims20190815.models.GetLoginProfileResponseBody.GetLoginProfileResponseBodyLoginProfile;
import com.aliyun.tea.TeaException;
import java.time.Instant;
import java.util.Map;
import org.iamemulator.support.AliyunSdk;
import org.iamemulator.support.DialectIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official Alibaba Cloud IMS SDK 2.0.1 (signature V1, JSON) against the emulator. */
class AliyunSdkGetLoginProfileIT extends DialectIntegrationTest {

    private String userName;
    private String userId;
    private Client root;

    @BeforeEach
    void aUserWithAPassword() {
        userName = uniqueName("ali");
        userId = givenUser(userName, Map.of());
        givenLoginProfile(userId, true);
        root = AliyunSdk.ims(
                "127.0.0.1:" + port, rootKey().accessKeyId(), rootKey().secretKey());
    }

    private static GetLoginProfileRequest upn(String value) {
        return new GetLoginProfileRequest().setUserPrincipalName(value);
    }

    private String upnOf(String name) {
        return name + "@" + properties.accountName() + ".onaliyun.com";
    }

    @Test
    void readsTheLoginProfileWithTheLatestLogin() throws Exception {
        provisioning.recordLogin(userId, Instant.parse("2020-10-14T07:25:25.123Z"), "192.0.2.7");

        var response = root.getLoginProfile(upn(upnOf(userName)));

        GetLoginProfileResponseBodyLoginProfile profile = response.getBody().getLoginProfile();
        assertThat(response.getBody().getRequestId())
                .matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
        assertThat(profile.getStatus()).isEqualTo("Active");
        assertThat(profile.getLastLoginTime()).isEqualTo("2020-10-14T07:25:25Z");
        assertThat(profile.getUpdateDate()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(profile.getPasswordResetRequired()).isTrue();
        assertThat(profile.getMFABindRequired()).isFalse();
        assertThat(profile.getUserPrincipalName()).isEqualTo(upnOf(userName));
    }

    @Test
    void followsAChangeOfTheProfileALaterLoginAndTheProfilesRemovalAfterARead() throws Exception {
        assertThat(root.getLoginProfile(upn(upnOf(userName)))
                        .getBody()
                        .getLoginProfile()
                        .getPasswordResetRequired())
                .isTrue();

        huawei().body(Map.of("password", "Another-Passw0rd-1", "password_reset_required", false))
                .put("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(200);
        provisioning.recordLogin(userId, Instant.parse("2024-05-06T07:08:09Z"), "192.0.2.8");
        GetLoginProfileResponseBodyLoginProfile changed =
                root.getLoginProfile(upn(upnOf(userName))).getBody().getLoginProfile();
        assertThat(changed.getPasswordResetRequired()).isFalse();
        assertThat(changed.getLastLoginTime()).isEqualTo("2024-05-06T07:08:09Z");

        huawei().delete("/v5/users/{id}/login-profile", userId).then().statusCode(204);
        TeaException e = catchThrowableOfType(TeaException.class, () -> root.getLoginProfile(upn(upnOf(userName))));
        assertThat(e.getCode()).isEqualTo("EntityNotExist.User.LoginProfile");
    }

    @Test
    void acceptsTheAccountIdAsDomain() throws Exception {
        var response = root.getLoginProfile(upn(userName + "@" + properties.accountId() + ".onaliyun.com"));

        assertThat(response.getBody().getLoginProfile().getUserPrincipalName()).isEqualTo(upnOf(userName));
    }

    @Test
    void omitsLastLoginTimeWhenTheUserNeverLoggedIn() throws Exception {
        var response = root.getLoginProfile(upn(upnOf(userName)));

        assertThat(response.getBody().getLoginProfile().getLastLoginTime()).isNull();
        assertThat(response.getBody().getLoginProfile().getStatus()).isEqualTo("Active");
    }

    @Test
    void answersEntityNotExistForAUserWithoutLoginProfile() {
        String name = uniqueName("nopw");
        givenUser(name, Map.of());

        TeaException e = catchThrowableOfType(TeaException.class, () -> root.getLoginProfile(upn(upnOf(name))));

        assertThat(e.getCode()).isEqualTo("EntityNotExist.User.LoginProfile");
        assertThat(e.getMessage()).startsWith("code: 404, The user login profile does not exist.");
    }

    @Test
    void answersEntityNotExistForAnUnknownUser() {
        TeaException e =
                catchThrowableOfType(TeaException.class, () -> root.getLoginProfile(upn(upnOf("nobody-" + userName))));

        assertThat(e.getCode()).isEqualTo("EntityNotExist.User");
        assertThat(e.getMessage()).startsWith("code: 404, The user does not exist.");
    }

    @Test
    void refusesAWrongSecret() {
        Client wrong = AliyunSdk.ims("127.0.0.1:" + port, rootKey().accessKeyId(), "W".repeat(40));

        TeaException e = catchThrowableOfType(TeaException.class, () -> wrong.getLoginProfile(upn(upnOf(userName))));

        assertThat(e.getCode()).isEqualTo("SignatureDoesNotMatch");
        assertThat(e.getMessage()).startsWith("code: 400, Specified signature is not matched with our calculation.");
    }

    @Test
    void refusesAnUnknownAccessKey() {
        Client unknown = AliyunSdk.ims("127.0.0.1:" + port, "LTAIUNKNOWNKEY000000", "W".repeat(30));

        TeaException e = catchThrowableOfType(TeaException.class, () -> unknown.getLoginProfile(upn(upnOf(userName))));

        assertThat(e.getCode()).isEqualTo("InvalidAccessKeyId.NotFound");
        assertThat(e.getMessage()).startsWith("code: 404, Specified access key is not found.");
    }

    @Test
    void deniesAUserWithoutPermission() {
        String callerId = givenUser(uniqueName("caller"), Map.of());
        KeyPair key = givenAccessKey(callerId);
        Client client = AliyunSdk.ims("127.0.0.1:" + port, key.accessKeyId(), key.secretKey());

        TeaException e = catchThrowableOfType(TeaException.class, () -> client.getLoginProfile(upn(upnOf(userName))));

        assertThat(e.getCode()).isEqualTo("NoPermission");
        assertThat(e.getMessage()).startsWith("code: 403, You are not authorized to do this action.");
        assertThat(e.getData()).containsKey("AccessDeniedDetail");
    }

    @Test
    void deniesAMissingUserToAUserWithoutPermissionAlike() {
        String callerId = givenUser(uniqueName("caller"), Map.of());
        KeyPair key = givenAccessKey(callerId);
        Client client = AliyunSdk.ims("127.0.0.1:" + port, key.accessKeyId(), key.secretKey());

        TeaException e = catchThrowableOfType(
                TeaException.class, () -> client.getLoginProfile(upn(upnOf("nobody-" + userName))));

        assertThat(e.getCode()).isEqualTo("NoPermission");
    }

    @Test
    void allowsAUserWithTheRamAction() throws Exception {
        String callerId = givenUser(uniqueName("caller"), Map.of());
        KeyPair key = givenAccessKey(callerId);
        grant(callerId, "ram::GetLoginProfile");
        Client client = AliyunSdk.ims("127.0.0.1:" + port, key.accessKeyId(), key.secretKey());

        var response = client.getLoginProfile(upn(upnOf(userName)));

        assertThat(response.getBody().getLoginProfile().getUserPrincipalName()).isEqualTo(upnOf(userName));
    }

    @Test
    void matchesPoliciesWrittenWithTheOlderResourceForm() throws Exception {
        String callerId = givenUser(uniqueName("caller"), Map.of());
        KeyPair key = givenAccessKey(callerId);
        attachToUser(
                givenPolicy("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":[\"ram::GetLoginProfile\"],\"Resource\":[\"acs:ram:*:" + properties.accountId()
                        + ":user/" + userName + "\"]}]}"),
                callerId);
        Client client = AliyunSdk.ims("127.0.0.1:" + port, key.accessKeyId(), key.secretKey());

        assertThat(client.getLoginProfile(upn(upnOf(userName))).getBody().getLoginProfile())
                .isNotNull();
        TeaException other =
                catchThrowableOfType(TeaException.class, () -> client.getLoginProfile(upn(upnOf(callerId))));
        assertThat(other.getCode()).isEqualTo("NoPermission");
    }
}
