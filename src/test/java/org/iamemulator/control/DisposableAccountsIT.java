package org.iamemulator.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListAttachedUserPoliciesV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.iamemulator.support.HuaweiSdk;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code POST /_emulator/accounts}: a fresh account seeded like the default one, used through the official SDK, and
 * what resets and {@code DELETE} do to it.
 */
@TestPropertySource(properties = "emulator.seed=classpath:seeds/test-seed.yaml")
class DisposableAccountsIT extends EmulatorIntegrationTest {

    private static final String READER = "11111111111111111111111111111111";
    private static final String DANA = "22222222222222222222222222222222";

    record Created(String id, String name, String accessKey, String secretKey) {

        IamClient iam(String endpoint) {
            return HuaweiSdk.iamClient(endpoint, accessKey, secretKey, id);
        }
    }

    private Created create(Map<String, String> body) {
        var answer = control()
                .body(body)
                .post("/_emulator/accounts")
                .then()
                .statusCode(201)
                .body("size()", equalTo(4))
                .body("account_id", matchesPattern("[0-9a-f]{32}"))
                .body("root_access_key", matchesPattern("[A-Z0-9]{20}"))
                .body("root_secret_key", matchesPattern("[A-Za-z0-9]{40}"))
                .extract()
                .jsonPath();
        return new Created(
                answer.getString("account_id"),
                answer.getString("account_name"),
                answer.getString("root_access_key"),
                answer.getString("root_secret_key"));
    }

    /** The documented derivation of a copied id (docs/testing.md). */
    private static String copiedUserId(String accountId, String seededId) {
        UUID uuid = UUID.nameUUIDFromBytes((accountId + "/" + seededId).getBytes(StandardCharsets.UTF_8));
        return String.format("%016x%016x", uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
    }

    private static String copiedAccessKeyId(String accountId, String seededId) {
        return copiedUserId(accountId, seededId).substring(0, 20).toUpperCase(Locale.ROOT);
    }

    @Test
    void theNewAccountHoldsTheSeededUsersWithTheirTagsKeysLoginsAndPolicies() {
        Created account = create(Map.of());
        IamClient iam = account.iam(baseUri);
        String reader = copiedUserId(account.id(), READER);
        String dana = copiedUserId(account.id(), DANA);
        assertThat(account.name()).startsWith("test-");

        assertThat(iam.listUsersV5(new ListUsersV5Request()).getUsers())
                .extracting(user -> user.getUserName())
                .containsExactlyInAnyOrder(account.name(), "dev-reader", "dana", "oscar");
        ShowUserV5Response shown = iam.showUserV5(new ShowUserV5Request().withUserId(reader));
        assertThat(shown.getUser().getUrn()).isEqualTo("iam::" + account.id() + ":user:dev-reader");
        assertThat(shown.getUser().getTags())
                .singleElement()
                .satisfies(tag ->
                        assertThat(tag.getTagKey() + "=" + tag.getTagValue()).isEqualTo("team=qa"));
        assertThat(iam.showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(dana))
                        .getUserLastLogin()
                        .getLastLoginAt())
                .hasToString("2024-01-02T03:04:05.678Z");
        assertThat(iam.listAttachedUserPoliciesV5(new ListAttachedUserPoliciesV5Request().withUserId(reader))
                        .getAttachedPolicies())
                .extracting(policy -> policy.getPolicyName())
                .containsExactly("ReadDev");

        // the seeded key, under its copied id, with the seed's secret, acts as the copy's dev-reader
        String readerKey = copiedAccessKeyId(account.id(), "SEEDREADERKEY0000001");
        HuaweiSdk.iamClient(baseUri, readerKey, "SeedReaderSecret000000000000000000000000", account.id())
                .showUserV5(new ShowUserV5Request().withUserId(dana));
    }

    @Test
    void accountsDoNotSeeEachOther() {
        Created account = create(Map.of("name", uniqueName("isolated")));
        IamClient copy = account.iam(baseUri);
        IamClient original = HuaweiSdk.iamClient(
                baseUri, properties.root().accessKey(), properties.root().secretKey(), properties.accountId());
        String copiedReader = copiedUserId(account.id(), READER);

        assertThat(status(() -> copy.showUserV5(new ShowUserV5Request().withUserId(READER))))
                .isEqualTo(404);
        assertThat(status(() -> original.showUserV5(new ShowUserV5Request().withUserId(copiedReader))))
                .isEqualTo(404);
        String created = copy.createUserV5(new CreateUserV5Request()
                        .withBody(
                                new CreateUserReqBody().withName("only-in-copy").withEnabled(true)))
                .getUser()
                .getUserId();
        assertThat(status(() -> original.showUserV5(new ShowUserV5Request().withUserId(created))))
                .isEqualTo(404);
        assertThat(original.listUsersV5(new ListUsersV5Request()).getUsers())
                .extracting(user -> user.getUserName())
                .doesNotContain("only-in-copy", account.name());
    }

    @Test
    void theRootUserCarriesTheNameAndTheDefaultPassword() {
        String name = uniqueName("named");
        Created account = create(Map.of("name", name));
        assertThat(account.name()).isEqualTo(name);

        unsigned()
                .body(Map.of(
                        "auth",
                        Map.of(
                                "identity",
                                Map.of(
                                        "methods",
                                        List.of("password"),
                                        "password",
                                        Map.of(
                                                "user",
                                                Map.of(
                                                        "name",
                                                        name,
                                                        "password",
                                                        properties.root().password(),
                                                        "domain",
                                                        Map.of("name", name)))))))
                .post("/v3/auth/tokens")
                .then()
                .statusCode(201);

        control().body(Map.of("name", name)).post("/_emulator/accounts").then().statusCode(409);
        control()
                .body(Map.of("name", "9 starts with a digit"))
                .post("/_emulator/accounts")
                .then()
                .statusCode(400)
                .body("request_id", matchesPattern("[0-9a-f]{32}"));
    }

    @Test
    void deletingTheAccountRevokesItsKeys() {
        Created account = create(Map.of());
        IamClient iam = account.iam(baseUri);
        iam.listUsersV5(new ListUsersV5Request());

        control().delete("/_emulator/accounts/{id}", account.id()).then().statusCode(204);

        assertThat(status(() -> iam.listUsersV5(new ListUsersV5Request()))).isEqualTo(401);
        control().delete("/_emulator/accounts/{id}", account.id()).then().statusCode(404);
        control()
                .delete("/_emulator/accounts/{id}", properties.accountId())
                .then()
                .statusCode(409);
        huawei().get("/v5/users/{id}", READER).then().statusCode(200);
    }

    @Test
    void aResetOfEverythingLeavesTheAccountAloneAndAResetOfTheAccountRestoresIt() {
        Created account = create(Map.of());
        IamClient iam = account.iam(baseUri);
        String extra = iam.createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody().withName("extra").withEnabled(true)))
                .getUser()
                .getUserId();
        String dana = copiedUserId(account.id(), DANA);
        huaweiAs(account.accessKey(), account.secretKey())
                .delete("/v5/users/{id}", dana)
                .then()
                .statusCode(204);

        control().post("/_emulator/reset").then().statusCode(200);

        assertThat(iam.showUserV5(new ShowUserV5Request().withUserId(extra))
                        .getUser()
                        .getUserName())
                .isEqualTo("extra");
        assertThat(status(() -> iam.showUserV5(new ShowUserV5Request().withUserId(dana))))
                .isEqualTo(404);

        control()
                .post("/_emulator/reset?account_id=" + account.id())
                .then()
                .statusCode(200)
                .body("reset", equalTo(account.id()));

        assertThat(status(() -> iam.showUserV5(new ShowUserV5Request().withUserId(extra))))
                .isEqualTo(404);
        assertThat(iam.showUserV5(new ShowUserV5Request().withUserId(dana))
                        .getUser()
                        .getUserName())
                .isEqualTo("dana");
        assertThat(iam.listUsersV5(new ListUsersV5Request()).getUsers())
                .extracting(user -> user.getUserName())
                .containsExactlyInAnyOrder(account.name(), "dev-reader", "dana", "oscar");
    }

    private static int status(Runnable call) {
        return catchThrowableOfType(ClientRequestException.class, call::run).getHttpStatusCode();
    }
}
