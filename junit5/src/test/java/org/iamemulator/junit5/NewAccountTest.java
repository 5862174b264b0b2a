package org.iamemulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.User;
import org.junit.jupiter.api.Test;

/** Accounts of their own: what test classes running in parallel against one emulator work in. */
@IamEmulatorTest(resetBetweenTests = false)
class NewAccountTest {

    @Test
    void eachNewAccountSeesOnlyItsOwnUsers(IamEmulator emulator) {
        IamAccount first = emulator.newAccount();
        IamAccount second = emulator.newAccount();

        String userId = first.iamClient()
                .createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody()
                                .withName("only-in-first")
                                .withEnabled(true)))
                .getUser()
                .getUserId();

        assertThat(first.accountId())
                .matches("[0-9a-f]{32}")
                .isNotEqualTo(second.accountId())
                .isNotEqualTo(emulator.accountId());
        assertThat(first.iamClient()
                        .showUserV5(new ShowUserV5Request().withUserId(userId))
                        .getUser()
                        .getUrn())
                .isEqualTo("iam::" + first.accountId() + ":user:only-in-first");
        assertThat(second.iamClient().listUsersV5(new ListUsersV5Request()).getUsers())
                .extracting(User::getUserName)
                .doesNotContain("only-in-first");
        ClientRequestException notThere = catchThrowableOfType(
                ClientRequestException.class,
                () -> second.iamClient().showUserV5(new ShowUserV5Request().withUserId(userId)));
        assertThat(notThere.getHttpStatusCode()).isEqualTo(404);
        // the same name is free in the other account
        second.iamClient()
                .createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody()
                                .withName("only-in-first")
                                .withEnabled(true)));
    }
}
