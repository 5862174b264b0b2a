package org.iamemulator.core.credential;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.iamemulator.core.cache.StoreChange;
import org.iamemulator.core.cache.StoreChangeListener;
import org.iamemulator.core.cache.VersionedCache;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.login.LoginHistory;
import org.iamemulator.core.user.UserAccess;
import org.iamemulator.core.user.UserView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads login profiles of users addressed by name, for dialects whose APIs name users rather than ids. What they
 * report of a profile is cached per user, "none" included: a change of the profile is a change of its user
 * (StoreChanges), which drops it.
 */
@Service
@Transactional(readOnly = true)
public class LoginProfileQueries implements StoreChangeListener {

    /** What the dialects report of a login profile (never its password hash). */
    private record Reported(boolean passwordResetRequired, Instant createdAt, Instant updatedAt) {
    }

    private final LoginProfileRepository profiles;
    private final UserAccess access;
    private final LoginHistory history;
    private final VersionedCache<String, Optional<Reported>> reported;

    LoginProfileQueries(LoginProfileRepository profiles, UserAccess access, LoginHistory history,
            VersionedCache.CacheSettings cacheSettings) {
        this.profiles = profiles;
        this.access = access;
        this.history = history;
        this.reported = new VersionedCache<>(cacheSettings);
    }

    /**
     * The login profile of the named user of the caller's account, after the permission check of {@code action}
     * on {@code urnOfName.apply(name)} ({@link UserAccess#authorizeByName}). A user without a login profile
     * answers {@code NotFoundException("login-profile", <user name>)}; a missing user
     * {@code NotFoundException("user", <user name>)}.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public LoginProfileDetails byUserName(Caller caller, String userName, String action,
            UnaryOperator<String> urnOfName) {
        UserView user = access.authorizeByName(caller, userName, action, urnOfName);
        Reported profile = reported.get(user.id(), id -> profiles.findById(id)
                .map(found -> new Reported(found.passwordResetRequired(), found.createdAt(), found.updatedAt())))
                .orElseThrow(() -> new NotFoundException("login-profile", user.name()));
        return new LoginProfileDetails(user, profile.passwordResetRequired(), profile.createdAt(),
                profile.updatedAt(), history.latest(user.id()));
    }

    @Override
    public void onChange(StoreChange change) {
        switch (change.kind()) {
            case USER -> reported.invalidate(change.id());
            case ALL -> reported.invalidateAll();
            default -> {
            }
        }
    }
}
