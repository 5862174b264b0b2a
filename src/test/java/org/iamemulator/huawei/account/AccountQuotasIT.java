package org.iamemulator.huawei.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.CreateGroupReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateGroupV5Request;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.GetAccountSummaryV5Request;
import com.huaweicloud.sdk.iam.v5.model.GetAccountSummaryV5Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.IntStream;
import org.iamemulator.core.Ids;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The quotas GetAccountSummaryV5 shows are the ones that refuse: at the real service's defaults (which the other
 * tests raise), in a disposable account, creating until refused stops exactly at the summary's number.
 */
@TestPropertySource(
        properties = {"emulator.quotas.users=50", "emulator.quotas.groups=20", "emulator.quotas.policies=1500"})
class AccountQuotasIT extends EmulatorIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private String accountId;
    private String accessKey;
    private String secretKey;
    private IamClient iam;

    @BeforeEach
    void aDisposableAccount() {
        var created = control()
                .body(Map.of())
                .post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        accountId = created.getString("account_id");
        accessKey = created.getString("root_access_key");
        secretKey = created.getString("root_secret_key");
        iam = HuaweiSdk.iamClient(baseUri, accessKey, secretKey, accountId);
    }

    @Test
    void theUsersQuotaOfTheSummaryRefusesTheNextUser() {
        GetAccountSummaryV5Response summary = iam.getAccountSummaryV5(new GetAccountSummaryV5Request());
        assertThat(summary.getUsersQuota()).isEqualTo(50);

        int created = 0;
        ClientRequestException refused = null;
        while (refused == null && created <= summary.getUsersQuota()) {
            String name = "quota-user-" + created;
            refused = catchThrowableOfType(
                    ClientRequestException.class,
                    () -> iam.createUserV5(new CreateUserV5Request()
                            .withBody(new CreateUserReqBody().withName(name).withEnabled(true))));
            created += refused == null ? 1 : 0;
        }

        assertThat(summary.getUsers() + created).isEqualTo(summary.getUsersQuota());
        assertThat(refused.getHttpStatusCode()).isEqualTo(409);
        assertThat(refused.getErrorCode()).isEqualTo("IAM.0005");
        assertThat(refused.getErrorMsg())
                .isEqualTo("Conflict occurred when attempting to store user - quota exceeded:"
                        + " users per account limit exceeded (50).");
        assertThat(iam.getAccountSummaryV5(new GetAccountSummaryV5Request()).getUsers())
                .isEqualTo(50);
    }

    @Test
    void theGroupsQuotaOfTheSummaryRefusesTheNextGroup() {
        GetAccountSummaryV5Response summary = iam.getAccountSummaryV5(new GetAccountSummaryV5Request());
        assertThat(summary.getGroupsQuota()).isEqualTo(20);

        for (int i = summary.getGroups(); i < summary.getGroupsQuota(); i++) {
            iam.createGroupV5(new CreateGroupV5Request().withBody(new CreateGroupReqBody().withGroupName("g" + i)));
        }
        ClientRequestException refused = catchThrowableOfType(
                ClientRequestException.class,
                () -> iam.createGroupV5(
                        new CreateGroupV5Request().withBody(new CreateGroupReqBody().withGroupName("one-too-many"))));

        assertThat(refused.getHttpStatusCode()).isEqualTo(409);
        assertThat(refused.getErrorMsg())
                .isEqualTo("Conflict occurred when attempting to store group - quota"
                        + " exceeded: groups per account limit exceeded (20).");
    }

    @Test
    void thePoliciesQuotaOfTheSummaryRefusesTheNextCustomPolicy() {
        GetAccountSummaryV5Response summary = iam.getAccountSummaryV5(new GetAccountSummaryV5Request());
        assertThat(summary.getPoliciesQuota()).isEqualTo(1500);
        // 1,500 creations through the API take minutes on a busy machine: all but the last are stored directly
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate(
                "INSERT INTO policies (id, account_id, name, path, description, policy_type,"
                        + " default_version_id, last_version, created_at, updated_at) VALUES (?, ?, ?, '', '', 'custom', 'v1',"
                        + " 1, ?, ?)",
                IntStream.range(summary.getPolicies(), summary.getPoliciesQuota() - 1)
                        .mapToObj(i -> new Object[] {Ids.random(), accountId, "stored-" + i, now, now})
                        .toList());
        String document =
                "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:users:getUserV5\"]}]}";

        root().body(Map.of("policy_name", "the-last", "policy_document", document))
                .post("/v5/policies")
                .then()
                .statusCode(201);
        root().body(Map.of("policy_name", "one-too-many", "policy_document", document))
                .post("/v5/policies")
                .then()
                .statusCode(409)
                .body("error_code", equalTo("IAM.0005"))
                .body(
                        "error_msg",
                        equalTo("Conflict occurred when attempting to store policy - quota exceeded:"
                                + " custom policies per account limit exceeded (1500)."));
        assertThat(iam.getAccountSummaryV5(new GetAccountSummaryV5Request()).getPolicies())
                .isEqualTo(1500);
    }

    private RequestSpecification root() {
        return huaweiAs(accessKey, secretKey);
    }
}
