package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Request;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.iamemulator.junit5.IamAccount;
import org.iamemulator.junit5.IamEmulator;

/** What the parallel test classes do, each in an account of its own of the one shared emulator. */
final class TeamAccount {

    private TeamAccount() {}

    static void createdUsersAreAloneInTheirAccount(IamEmulator emulator, String team, String otherTeam) {
        IamAccount account = emulator.newAccount();
        List<String> names = IntStream.range(0, 5).mapToObj(i -> team + "-" + i).toList();
        for (String name : names) {
            account.iamClient()
                    .createUserV5(new CreateUserV5Request()
                            .withBody(new CreateUserReqBody().withName(name).withEnabled(true)));
        }
        Instant now = Instant.now();
        List<String> inactive = new InactiveUsers(account.iamClient()).namesInactiveFor(Duration.ofDays(1), now);

        assertTrue(inactive.containsAll(names), () -> "own users missing: " + inactive);
        assertTrue(
                inactive.stream().noneMatch(name -> name.startsWith(otherTeam + "-")),
                () -> "another account's users seen: " + inactive);
        // logins are per user, and the user is in this account only
        String first = account.iamClient().listUsersV5(new ListUsersV5Request()).getUsers().stream()
                .filter(user -> user.getUserName().equals(names.get(0)))
                .findFirst()
                .orElseThrow()
                .getUserId();
        emulator.recordLogin(first, now, "192.0.2.9");
        assertEquals(
                names.size() - 1,
                new InactiveUsers(account.iamClient())
                        .namesInactiveFor(Duration.ofDays(1), now).stream()
                                .filter(names::contains)
                                .count());
    }
}
