package example;

import com.huaweicloud.sdk.iam.v5.IamClient;
import com.huaweicloud.sdk.iam.v5.model.CreateUserReqBody;
import com.huaweicloud.sdk.iam.v5.model.CreateUserV5Request;
import com.huaweicloud.sdk.iam.v5.model.ListUsersV5Request;
import com.huaweicloud.sdk.iam.v5.model.ShowUserLastLoginV5Request;
import com.huaweicloud.sdk.iam.v5.model.User;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** The account's users, through the official SDK. */
@Service
public class UserDirectory {

    private final IamClient iam;

    UserDirectory(IamClient iam) {
        this.iam = iam;
    }

    /** The new user's id. */
    public String create(String name) {
        return iam.createUserV5(new CreateUserV5Request()
                        .withBody(new CreateUserReqBody().withName(name).withEnabled(true)))
                .getUser()
                .getUserId();
    }

    public List<String> names() {
        return iam.listUsersV5(new ListUsersV5Request()).getUsers().stream()
                .map(User::getUserName)
                .sorted()
                .toList();
    }

    /** Null when the user never logged in. */
    public OffsetDateTime lastLogin(String userId) {
        return iam.showUserLastLoginV5(new ShowUserLastLoginV5Request().withUserId(userId))
                .getUserLastLogin()
                .getLastLoginAt();
    }
}
