package org.iamemulator.core.login;

import java.util.Optional;
import org.iamemulator.core.cache.StoreChange;
import org.iamemulator.core.cache.StoreChangeListener;
import org.iamemulator.core.cache.VersionedCache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the login records that every dialect reports (Huawei {@code last_login_at}, Alibaba {@code LastLoginTime},
 * CTyun {@code PasswordLastUsed}/{@code IPLastUsed}). No permission check: callers first authorize access to the
 * user (e.g. through {@code UserAccess}). The latest login of each user is cached, "never" included: a recorded
 * login is a change of its user (StoreChanges), which drops it.
 */
@Service
@Transactional(readOnly = true)
public class LoginHistory implements StoreChangeListener {

    private final LoginRecordRepository logins;
    private final VersionedCache<String, Optional<LastLogin>> latest;

    LoginHistory(LoginRecordRepository logins, VersionedCache.CacheSettings settings) {
        this.logins = logins;
        this.latest = new VersionedCache<>(settings);
    }

    /** The user's latest login, empty when it never logged in. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<LastLogin> latest(String userId) {
        return latest.get(
                userId,
                id -> logins.findFirstByUserIdOrderByLoginAtDescIdDesc(id)
                        .map(record -> new LastLogin(record.loginAt(), record.sourceIp())));
    }

    @Override
    public void onChange(StoreChange change) {
        switch (change.kind()) {
            case USER -> latest.invalidate(change.id());
            case ALL -> latest.invalidateAll();
            default -> {}
        }
    }
}
