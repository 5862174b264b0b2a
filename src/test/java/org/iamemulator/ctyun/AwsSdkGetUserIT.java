package org.iamemulator.ctyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Map;
import org.iamemulator.support.AwsSdk;
import org.iamemulator.support.DialectIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.iam.model.User;

/** The AWS SDK for Java v2 {@code IamClient} (SigV4, Query protocol) against the emulator's CTyun dialect. */
class AwsSdkGetUserIT extends DialectIntegrationTest {

    private String userName;
    private String userId;
    private IamClient root;

    @BeforeEach
    void aUser() {
        userName = uniqueName("ct");
        userId = givenUser(userName, Map.of("team", "ops", "env", "dev"));
        root = AwsSdk.iam(baseUri, rootKey().accessKeyId(), rootKey().secretKey());
    }

    @Test
    void readsAUserWithTagsAndTheLatestLogin() {
        provisioning.recordLogin(userId, Instant.parse("2019-01-07T05:57:35.500Z"), "10.1.1.1");

        User user = root.getUser(b -> b.userName(userName)).user();

        assertThat(user.userName()).isEqualTo(userName);
        assertThat(user.userId()).isEqualTo(userId);
        assertThat(user.arn()).isEqualTo("arn:ctyun:iam::" + properties.accountId() + ":user/" + userName);
        assertThat(user.createDate()).isNotNull();
        assertThat(user.passwordLastUsed()).isEqualTo(Instant.parse("2019-01-07T05:57:35Z"));
        assertThat(user.tags())
                .containsExactly(
                        Tag.builder().key("env").value("dev").build(),
                        Tag.builder().key("team").value("ops").build());
    }

    @Test
    void followsALaterLoginARenameAndADeletionOfAUserAlreadyRead() {
        assertThat(root.getUser(b -> b.userName(userName)).user().passwordLastUsed())
                .isNull();

        provisioning.recordLogin(userId, Instant.parse("2024-05-06T07:08:09Z"), "10.1.1.2");
        assertThat(root.getUser(b -> b.userName(userName)).user().passwordLastUsed())
                .isEqualTo(Instant.parse("2024-05-06T07:08:09Z"));

        String renamed = uniqueName("renamed");
        huawei().body(Map.of("new_user_name", renamed))
                .put("/v5/users/{id}", userId)
                .then()
                .statusCode(200);
        assertThat(root.getUser(b -> b.userName(renamed)).user().userId()).isEqualTo(userId);
        assertThat(catchThrowableOfType(NoSuchEntityException.class, () -> root.getUser(b -> b.userName(userName))))
                .isNotNull();

        huawei().delete("/v5/users/{id}", userId).then().statusCode(204);
        assertThat(catchThrowableOfType(NoSuchEntityException.class, () -> root.getUser(b -> b.userName(renamed))))
                .isNotNull();
    }

    @Test
    void omitsPasswordLastUsedWhenTheUserNeverLoggedIn() {
        assertThat(root.getUser(b -> b.userName(userName)).user().passwordLastUsed())
                .isNull();
    }

    @Test
    void answersTheCallersOwnUserWithoutUserName() {
        KeyPair key = givenAccessKey(userId);
        grant(userId, "iam::GetUser");
        IamClient own = AwsSdk.iam(baseUri, key.accessKeyId(), key.secretKey());

        User user = own.getUser().user();

        assertThat(user.userName()).isEqualTo(userName);
        assertThat(user.userId()).isEqualTo(userId);
    }

    @Test
    void answersTheRootIdentityToTheRootWithoutUserName() {
        User user = root.getUser().user();

        assertThat(user.userId()).isEqualTo(properties.accountId());
        assertThat(user.arn()).isEqualTo("arn:ctyun:iam::" + properties.accountId() + ":root");
        assertThat(user.userName()).isEqualTo(properties.accountName());
    }

    @Test
    void answersNoSuchEntityForAnUnknownUser() {
        NoSuchEntityException e = catchThrowableOfType(
                NoSuchEntityException.class, () -> root.getUser(b -> b.userName("nobody-" + userName)));

        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("The user with name nobody-" + userName + " cannot be found.");
        assertThat(e.requestId()).matches("[0-9a-f]{32}");
    }

    @Test
    void refusesAWrongSecret() {
        IamClient wrong = AwsSdk.iam(baseUri, rootKey().accessKeyId(), "W".repeat(40));

        IamException e = catchThrowableOfType(IamException.class, () -> wrong.getUser(b -> b.userName(userName)));

        assertThat(e.statusCode()).isEqualTo(403);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void refusesAnUnknownAccessKey() {
        IamClient unknown = AwsSdk.iam(baseUri, "AKIAUNKNOWNKEY000000", "W".repeat(40));

        IamException e = catchThrowableOfType(IamException.class, () -> unknown.getUser(b -> b.userName(userName)));

        assertThat(e.statusCode()).isEqualTo(403);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
    }

    @Test
    void deniesAUserWithoutPermission() {
        String callerName = uniqueName("caller");
        String callerId = givenUser(callerName, Map.of());
        KeyPair key = givenAccessKey(callerId);
        IamClient client = AwsSdk.iam(baseUri, key.accessKeyId(), key.secretKey());

        IamException e = catchThrowableOfType(IamException.class, () -> client.getUser(b -> b.userName(userName)));

        assertThat(e.statusCode()).isEqualTo(403);
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
        assertThat(e.awsErrorDetails().errorMessage())
                .isEqualTo("User: arn:ctyun:iam::" + properties.accountId()
                        + ":user/" + callerName
                        + " is not authorized to perform: iam:GetUser on resource: arn:ctyun:iam::"
                        + properties.accountId() + ":user/" + userName
                        + " because no identity-based policy allows the iam:GetUser action");
    }

    @Test
    void deniesByAnExplicitDeny() {
        String callerId = givenUser(uniqueName("caller"), Map.of());
        KeyPair key = givenAccessKey(callerId);
        attachToUser(givenPolicy(allow("iam:*:*")), callerId);
        attachToUser(givenPolicy(deny("iam::GetUser")), callerId);
        IamClient client = AwsSdk.iam(baseUri, key.accessKeyId(), key.secretKey());

        IamException e = catchThrowableOfType(IamException.class, () -> client.getUser(b -> b.userName(userName)));

        assertThat(e.awsErrorDetails().errorMessage()).endsWith("with an explicit deny in an identity-based policy");
    }

    @Test
    void allowsByResourceArnAndTags() {
        String callerId = givenUser(uniqueName("caller"), Map.of());
        KeyPair key = givenAccessKey(callerId);
        attachToUser(
                givenPolicy("{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\","
                        + "\"Action\":[\"iam::GetUser\"],\"Resource\":[\"arn:ctyun:iam::" + properties.accountId()
                        + ":user/*\"],\"Condition\":{\"StringEquals\":{\"g:ResourceTag/team\":[\"ops\"]}}}]}"),
                callerId);
        IamClient client = AwsSdk.iam(baseUri, key.accessKeyId(), key.secretKey());

        assertThat(client.getUser(b -> b.userName(userName)).user().userId()).isEqualTo(userId);
        IamException e =
                catchThrowableOfType(IamException.class, () -> client.getUser(b -> b.userName(givenUserName())));
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
    }

    private String givenUserName() {
        String name = uniqueName("untagged");
        givenUser(name, Map.of());
        return name;
    }
}
