package org.iamemulator.core.credential;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.iamemulator.core.UserUrnScheme;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.cache.StoreChange;
import org.iamemulator.core.cache.StoreChangeListener;
import org.iamemulator.core.cache.VersionedCache;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.ForbiddenOperationException;
import org.iamemulator.core.error.InvalidCallerException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.login.LoginHistory;
import org.iamemulator.core.security.PasswordPolicy;
import org.iamemulator.core.security.PasswordRules;
import org.iamemulator.core.user.UserAccess;
import org.iamemulator.core.user.UserView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The login profile operations (console password of a user). What the dialects that address users by name report
 * of a profile is cached per user, "none" included: a change of the profile is a change of its user (StoreChanges),
 * which drops it.
 */
@Service
@Transactional
public class LoginProfileService implements StoreChangeListener {

    /** What the dialects report of a login profile (never its password hash). */
    private record Reported(boolean passwordResetRequired, Instant createdAt, Instant updatedAt) {}

    private final LoginProfileRepository profiles;
    private final UserAccess access;
    private final AccountService accounts;
    private final LoginHistory history;
    private final Passwords passwords;
    private final PolicedPasswords policed;
    private final Clock clock;
    private final VersionedCache<String, Optional<Reported>> reported;

    LoginProfileService(
            LoginProfileRepository profiles,
            UserAccess access,
            AccountService accounts,
            LoginHistory history,
            Passwords passwords,
            PolicedPasswords policed,
            Clock clock,
            VersionedCache.CacheSettings cacheSettings) {
        this.profiles = profiles;
        this.access = access;
        this.accounts = accounts;
        this.history = history;
        this.passwords = passwords;
        this.policed = policed;
        this.clock = clock;
        this.reported = new VersionedCache<>(cacheSettings);
    }

    /** A user's first password keeps the composition rules of the account's password policy. */
    public LoginProfileView create(Caller caller, String userId, String password, Boolean passwordResetRequired) {
        passwords.check("password", password);
        if (passwordResetRequired == null) {
            throw InvalidInputException.missingField("password_reset_required");
        }
        UserView user = access.authorize(caller, userId, CredentialActions.CREATE_LOGIN_PROFILE);
        if (profiles.existsById(user.id())) {
            throw new ConflictException("login-profile", "the user already has a login profile");
        }
        String hash = policed.hashFirst(user.accountId(), user.name(), "password", password);
        return LoginProfileView.of(profiles.save(new LoginProfile(user.id(), hash, passwordResetRequired, now())));
    }

    @Transactional(readOnly = true)
    public LoginProfileView show(Caller caller, String userId) {
        return LoginProfileView.of(existing(caller, userId, CredentialActions.SHOW_LOGIN_PROFILE));
    }

    /**
     * The login profile of the user {@code userName} of {@code account} (the account's name or id, any case), after
     * the permission check of {@code action} on the user as {@code urns} names it: for dialects that address users
     * by name. A user of another account answers exactly as a missing user of the caller's account
     * ({@code NotFoundException("user", userName)}, after the check on every user); a user without a login profile
     * answers {@code NotFoundException("login-profile", <user name>)}.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public LoginProfileDetails showByUserName(
            Caller caller, String account, String userName, String action, UserUrnScheme urns) {
        String accountName = accounts.name(caller.accountId());
        UserView user = account.equalsIgnoreCase(accountName) || account.equalsIgnoreCase(caller.accountId())
                ? access.authorizeByName(caller, userName, action, urns)
                : access.authorizeOtherAccountsUser(caller, userName, action, urns);
        Reported profile = reported.get(
                        user.id(),
                        id -> profiles.findById(id)
                                .map(found -> new Reported(
                                        found.passwordResetRequired(), found.createdAt(), found.updatedAt())))
                .orElseThrow(() -> new NotFoundException("login-profile", user.name()));
        return new LoginProfileDetails(
                user,
                accountName,
                profile.passwordResetRequired(),
                profile.createdAt(),
                profile.updatedAt(),
                history.latest(user.id()));
    }

    /**
     * A new password keeps the account's composition rules and reuse prevention; the minimum password age does not
     * hold back an administrator.
     */
    public LoginProfileView update(Caller caller, String userId, String password, Boolean passwordResetRequired) {
        if (password != null) {
            passwords.check("password", password);
        }
        UserView user = access.authorize(caller, userId, CredentialActions.UPDATE_LOGIN_PROFILE);
        LoginProfile profile = existing(user, userId);
        Instant now = now();
        if (password != null) {
            policed.replace(
                    policed.policy(user.accountId()),
                    profile,
                    user.accountId(),
                    user.name(),
                    "password",
                    password,
                    now);
        }
        if (passwordResetRequired != null) {
            profile.setPasswordResetRequired(passwordResetRequired);
        }
        if (password != null || passwordResetRequired != null) {
            profile.touch(now);
        }
        return LoginProfileView.of(profile);
    }

    public void delete(Caller caller, String userId) {
        LoginProfile profile = existing(caller, userId, CredentialActions.DELETE_LOGIN_PROFILE);
        policed.forget(profile.userId());
        profiles.delete(profile);
    }

    /**
     * ChangePasswordV5: the caller changes its own password, proving the current one. IAM users may do so only while
     * the password policy allows it, and not before the minimum password age has passed; the root user always may.
     */
    public void changeOwn(Caller caller, String oldPassword, String newPassword) {
        if (oldPassword == null) {
            throw InvalidInputException.missingField("old_password");
        }
        passwords.check("new_password", newPassword);
        if (caller.isSession()) {
            throw new InvalidCallerException("an assumed-agency session has no password");
        }
        UserView user = access.authorize(caller, caller.userId(), CredentialActions.CHANGE_PASSWORD);
        PasswordPolicy policy = policed.policy(user.accountId());
        if (!user.rootUser() && !policy.allowUserToChangePassword()) {
            throw new ForbiddenOperationException("the account's password policy does not let IAM users change"
                    + " their own password (allow_user_to_change_password)");
        }
        LoginProfile profile = existing(user, user.id());
        if (!passwords.matches(oldPassword, profile.passwordHash())) {
            throw InvalidInputException.field("old_password", "******", "the caller's current password");
        }
        Instant now = now();
        if (!user.rootUser()) {
            PasswordRules.checkMinimumAge(
                    policy.minimumPasswordAge(), "new_password", profile.passwordChangedAt(), now);
        }
        policed.replace(policy, profile, user.accountId(), user.name(), "new_password", newPassword, now);
        profile.touch(now);
    }

    private LoginProfile existing(Caller caller, String userId, String action) {
        return existing(access.authorize(caller, userId, action), userId);
    }

    private LoginProfile existing(UserView user, String userId) {
        // the real service answers "Could not find login-profile: <user_id>"
        return profiles.findById(user.id()).orElseThrow(() -> new NotFoundException("login-profile", userId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public void onChange(StoreChange change) {
        switch (change.kind()) {
            case USER -> reported.invalidate(change.id());
            case ALL -> reported.invalidateAll();
            default -> {}
        }
    }
}
