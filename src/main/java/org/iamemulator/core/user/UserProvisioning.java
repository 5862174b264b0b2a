package org.iamemulator.core.user;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.login.LoginRecord;
import org.iamemulator.core.login.LoginRecordRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes users and their history as given, without a caller or permission check: for demo data, seed files and
 * the control API, which set up state that the emulated APIs then serve.
 */
@Service
@Transactional
public class UserProvisioning {

    private final UserRepository users;
    private final LoginRecordRepository logins;
    private final Clock clock;

    public UserProvisioning(UserRepository users, LoginRecordRepository logins, Clock clock) {
        this.users = users;
        this.logins = logins;
        this.clock = clock;
    }

    /** Creates the user with a fixed id unless a user with that id exists; idempotent. */
    public UserView ensureUser(
            String accountId,
            String userId,
            String name,
            String description,
            boolean enabled,
            Map<String, String> tags) {
        User user = users.findById(userId).orElseGet(() -> {
            UserRules.checkName("name", name);
            UserRules.checkDescription("description", description);
            if (users.existsByAccountIdAndNameKey(accountId, User.nameKey(name))) {
                throw new ConflictException("user", "user name already exists: " + name);
            }
            User created = new User(
                    userId,
                    accountId,
                    name,
                    description,
                    enabled,
                    false,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS));
            tags.forEach(created::putTag);
            return users.save(created);
        });
        return UserView.of(user, true);
    }

    /** Disables the user (an IAM user unused for longer than its account's login policy allows). */
    public void disable(String userId) {
        users.findById(userId).ifPresent(user -> user.setEnabled(false));
    }

    /** Records a login at the given time (millisecond precision, as the real service reports it). */
    public Instant recordLogin(String userId, Instant at, String sourceIp) {
        return logins.save(new LoginRecord(userId, at.truncatedTo(ChronoUnit.MILLIS), sourceIp))
                .loginAt();
    }

    @Transactional(readOnly = true)
    public boolean exists(String userId) {
        return users.existsById(userId);
    }
}
