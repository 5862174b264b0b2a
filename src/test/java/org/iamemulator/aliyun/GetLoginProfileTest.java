package org.iamemulator.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.iamemulator.core.credential.LoginProfileDetails;
import org.iamemulator.core.login.LastLogin;
import org.iamemulator.core.user.UserView;
import org.junit.jupiter.api.Test;

class GetLoginProfileTest {

    private static final Instant CREATED = Instant.parse("2024-01-02T03:04:05.678Z");
    private static final Instant UPDATED = Instant.parse("2024-02-02T03:04:05Z");
    private static final UserView ALICE =
            new UserView("id1", "acct", "alice", "", false, false, CREATED, "iam::acct:user:alice", Map.of());

    @Test
    void imsAnswersStatusLastLoginAndThePrincipalNameInTheDocumentedOrder() {
        LoginProfileDetails details = new LoginProfileDetails(
                ALICE,
                "emulator",
                true,
                CREATED,
                UPDATED,
                Optional.of(new LastLogin(Instant.parse("2024-03-01T00:00:01.999Z"), "10.0.0.1")));

        assertThat(GetLoginProfile.imsProfile(details))
                .containsExactly(
                        Map.entry("Status", "Inactive"),
                        Map.entry("LastLoginTime", "2024-03-01T00:00:01Z"),
                        Map.entry("UpdateDate", "2024-02-02T03:04:05Z"),
                        Map.entry("PasswordResetRequired", true),
                        Map.entry("UserPrincipalName", "alice@emulator.onaliyun.com"),
                        Map.entry("MFABindRequired", false));
    }

    @Test
    void imsLeavesOutTheLastLoginOfAUserWhoNeverLoggedIn() {
        LoginProfileDetails details =
                new LoginProfileDetails(ALICE, "emulator", false, CREATED, UPDATED, Optional.empty());

        assertThat(GetLoginProfile.imsProfile(details)).doesNotContainKey("LastLoginTime");
    }

    @Test
    void ramAnswersTheUserNameAndCreationTime() {
        LoginProfileDetails details =
                new LoginProfileDetails(ALICE, "emulator", false, CREATED, UPDATED, Optional.empty());

        assertThat(GetLoginProfile.ramProfile(details))
                .containsExactly(
                        Map.entry("UserName", "alice"),
                        Map.entry("CreateDate", "2024-01-02T03:04:05Z"),
                        Map.entry("PasswordResetRequired", false),
                        Map.entry("MFABindRequired", false));
    }

    @Test
    void bothVersionsAreCheckedAsTheRamActionOnTheAcsResourceName() {
        assertThat(GetLoginProfile.POLICY_ACTION).isEqualTo("ram::GetLoginProfile");
        assertThat(AcsNames.USERS.userUrn("acct", "alice")).isEqualTo("acs:ram::acct:user/alice");
        assertThat(AcsNames.documentedAction("GetLoginProfile")).isEqualTo("ram:GetLoginProfile");
    }
}
