package example;

import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.User;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The users of an account who have not logged in for a while (never counts as long ago). */
public final class InactiveUsers {

    private final IamClient iam;

    public InactiveUsers(IamClient iam) {
        this.iam = iam;
    }

    public List<String> namesInactiveFor(Duration period, Instant now) {
        return iam.listUsersV5(new ListUsersV5Request()).getUsers().stream()
                .filter(user -> !Boolean.TRUE.equals(user.getIsRootUser()))
                .filter(user -> isInactive(user, now.minus(period)))
                .map(User::getUserName)
                .sorted()
                .toList();
    }

    private boolean isInactive(User user, Instant since) {
        OffsetDateTime last = iam.showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(user.getUserId()))
                .getUserLastLogin()
                .getLastLoginAt();
        return last == null || last.toInstant().isBefore(since);
    }
}
