package org.iamemulator.core.login;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the login records that every dialect reports (Huawei {@code last_login_at}, Alibaba {@code LastLoginTime},
 * CTyun {@code PasswordLastUsed}/{@code IPLastUsed}). No permission check: callers first authorize access to the
 * user (e.g. through {@code UserAccess}).
 */
@Service
@Transactional(readOnly = true)
public class LoginHistory {

    private final LoginRecordRepository logins;

    LoginHistory(LoginRecordRepository logins) {
        this.logins = logins;
    }

    /** The user's latest login, empty when it never logged in. */
    public Optional<LastLogin> latest(String userId) {
        return logins.findFirstByUserIdOrderByLoginAtDescIdDesc(userId)
                .map(record -> new LastLogin(record.loginAt(), record.sourceIp()));
    }
}
