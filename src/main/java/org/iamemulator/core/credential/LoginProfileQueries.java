package org.iamemulator.core.credential;

import java.util.function.UnaryOperator;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.login.LoginHistory;
import org.iamemulator.core.user.UserAccess;
import org.iamemulator.core.user.UserView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads login profiles of users addressed by name, for dialects whose APIs name users rather than ids. */
@Service
@Transactional(readOnly = true)
public class LoginProfileQueries {

    private final LoginProfileRepository profiles;
    private final UserAccess access;
    private final LoginHistory history;

    LoginProfileQueries(LoginProfileRepository profiles, UserAccess access, LoginHistory history) {
        this.profiles = profiles;
        this.access = access;
        this.history = history;
    }

    /**
     * The login profile of the named user of the caller's account, after the permission check of {@code action}
     * on {@code urnOfName.apply(name)} ({@link UserAccess#authorizeByName}). A user without a login profile
     * answers {@code NotFoundException("login-profile", <user name>)}; a missing user
     * {@code NotFoundException("user", <user name>)}.
     */
    public LoginProfileDetails byUserName(Caller caller, String userName, String action,
            UnaryOperator<String> urnOfName) {
        UserView user = access.authorizeByName(caller, userName, action, urnOfName);
        LoginProfile profile = profiles.findById(user.id())
                .orElseThrow(() -> new NotFoundException("login-profile", user.name()));
        return new LoginProfileDetails(user, profile.passwordResetRequired(), profile.createdAt(),
                profile.updatedAt(), history.latest(user.id()));
    }
}
