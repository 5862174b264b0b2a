package org.iamemulator.ctyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.login.LastLogin;
import org.iamemulator.core.user.UserView;
import org.iamemulator.core.user.UserWithLastLogin;
import org.junit.jupiter.api.Test;

class GetUserTest {

    private static final Instant CREATED = Instant.parse("2019-01-07T05:53:20.250Z");

    @Test
    void answersTheUserInTheOrderOfTheDocumentedExampleWithTagsSortedByKey() {
        UserView user = new UserView(
                "uid",
                "acct",
                "test_user",
                "",
                true,
                false,
                CREATED,
                "iam::acct:user:test_user",
                Map.of("z", "last", "a<b", "x&y"));
        LastLogin login = new LastLogin(Instant.parse("2019-01-07T05:57:35.900Z"), "10.1.1.1");

        assertThat(GetUser.userXml(new UserWithLastLogin(user, Optional.of(login))))
                .isEqualTo("<User>"
                        + "<PasswordLastUsed>2019-01-07T05:57:35Z</PasswordLastUsed><UserName>test_user</UserName>"
                        + "<Arn>arn:ctyun:iam::acct:user/test_user</Arn><UserId>uid</UserId><IPLastUsed>10.1.1.1</IPLastUsed>"
                        + "<Tags><member><Value>x&amp;y</Value><Key>a&lt;b</Key></member>"
                        + "<member><Value>last</Value><Key>z</Key></member></Tags>"
                        + "<CreateDate>2019-01-07T05:53:20Z</CreateDate></User>");
    }

    @Test
    void answersTheRootUserByItsAccountAndLeavesOutWhatItDoesNotHave() {
        UserView root = new UserView(
                "rootid", "acct", "emulator", "", true, true, CREATED, "iam::acct:user:emulator", Map.of());

        assertThat(GetUser.userXml(new UserWithLastLogin(root, Optional.empty())))
                .isEqualTo("<User>"
                        + "<UserName>emulator</UserName><Arn>arn:ctyun:iam::acct:root</Arn><UserId>acct</UserId>"
                        + "<CreateDate>2019-01-07T05:53:20Z</CreateDate></User>");
    }

    @Test
    void withoutUserNameTheCallIsAboutTheCaller() {
        Caller caller = new Caller("acct", "uid", "bob", false);

        assertThat(CtyunArns.requestedUserName(Map.of(), caller)).isEqualTo("bob");
        assertThat(CtyunArns.requestedUserName(Map.of("UserName", "alice"), caller))
                .isEqualTo("alice");
        assertThat(GetUser.POLICY_ACTION).isEqualTo("iam::GetUser");
    }
}
