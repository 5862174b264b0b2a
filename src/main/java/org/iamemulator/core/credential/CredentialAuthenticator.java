package org.iamemulator.core.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;
import org.iamemulator.core.account.Account;
import org.iamemulator.core.account.AccountRepository;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.error.AuthenticationException.Reason;
import org.iamemulator.core.error.ForbiddenOperationException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.login.LastLogin;
import org.iamemulator.core.login.LoginHistory;
import org.iamemulator.core.mfa.MfaService;
import org.iamemulator.core.mfa.MfaService.LoginCheck;
import org.iamemulator.core.security.LoginPolicy;
import org.iamemulator.core.security.PasswordPolicy;
import org.iamemulator.core.security.PasswordRules;
import org.iamemulator.core.security.SecurityPolicyService;
import org.iamemulator.core.user.User;
import org.iamemulator.core.user.UserProvisioning;
import org.iamemulator.core.user.UserRepository;
import org.iamemulator.core.user.UserSnapshots;
import org.iamemulator.core.user.UserView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns credentials into a {@link Caller}: access keys (the dialect verifies the signature with the secret given
 * here), password logins, and the tokens they issue. Shared by every dialect.
 */
@Service
@Transactional
public class CredentialAuthenticator {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** How often last-used is written at most per key, so that busy keys do not cost a write per request. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofSeconds(1);

    private final AccessKeyRepository keys;
    private final UserRepository users;
    private final AccountRepository accounts;
    private final LoginProfileRepository profiles;
    private final TokenRepository tokens;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final AccessKeyLockout lockout;
    private final UserProvisioning provisioning;
    private final SecurityPolicyService policies;
    private final LoginHistory history;
    private final Clock clock;
    private final Duration maximumTokenTtl;
    private final AccessKeyCache keyCache;
    private final UserSnapshots userSnapshots;
    private final TemporaryCredentials temporaries;
    private final MfaService mfa;

    CredentialAuthenticator(
            AccessKeyRepository keys,
            UserRepository users,
            AccountRepository accounts,
            LoginProfileRepository profiles,
            TokenRepository tokens,
            Passwords passwords,
            LoginThrottle throttle,
            AccessKeyLockout lockout,
            UserProvisioning provisioning,
            SecurityPolicyService policies,
            LoginHistory history,
            Clock clock,
            CredentialSettings settings,
            AccessKeyCache keyCache,
            UserSnapshots userSnapshots,
            TemporaryCredentials temporaries,
            MfaService mfa) {
        this.temporaries = temporaries;
        this.mfa = mfa;
        this.keyCache = keyCache;
        this.userSnapshots = userSnapshots;
        this.keys = keys;
        this.users = users;
        this.accounts = accounts;
        this.profiles = profiles;
        this.tokens = tokens;
        this.passwords = passwords;
        this.throttle = throttle;
        this.lockout = lockout;
        this.provisioning = provisioning;
        this.policies = policies;
        this.history = history;
        this.clock = clock;
        this.maximumTokenTtl = settings.tokenTtl();
    }

    /**
     * The key's secret and owner (cached), or a temporary key's secret and session; the caller verifies the
     * signature, then {@link #requireUsable}.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public KeyCredential accessKey(String accessKeyId) {
        AccessKeyCache.Entry key = keyCache.get(accessKeyId);
        if (key == null) {
            KeyCredential temporary = temporaries.key(accessKeyId);
            if (temporary != null) {
                return temporary;
            }
        }
        UserView user = key == null ? null : userSnapshots.get(key.userId());
        if (user == null) {
            throw new AuthenticationException(Reason.UNKNOWN_ACCESS_KEY, accessKeyId);
        }
        return new KeyCredential(key.accessKeyId(), key.secretKey(), callerOf(user));
    }

    /**
     * Runs a dialect's check of a request's signature by the key and counts wrong ones: after 5 in a row the key is
     * locked for 5 minutes in every dialect ({@link AccessKeyLockout}), refused before its signature is looked at.
     *
     * @return whether the signature matched
     * @throws AuthenticationException {@code ACCESS_KEY_LOCKED} while the key is locked
     */
    @Transactional(propagation = Propagation.SUPPORTS) // the lock-out is in memory: no store, no transaction
    public boolean signatureMatches(KeyCredential credential, BooleanSupplier check) {
        lockout.requireNotLocked(credential.accessKeyId());
        boolean matches = check.getAsBoolean();
        if (matches) {
            lockout.signatureVerified(credential.accessKeyId());
        } else {
            lockout.signatureFailed(credential.accessKeyId());
        }
        return matches;
    }

    /** {@link #requireUsable(KeyCredential, String)} for a request without a security token. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void requireUsable(KeyCredential credential) {
        requireUsable(credential, null);
    }

    /**
     * Refuses a temporary key without its valid security token or after it expired, a permanent key with a token,
     * an inactive key or a disabled owner; records a permanent key's use (at most once a second).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void requireUsable(KeyCredential credential, String securityToken) {
        temporaries.requireToken(credential, securityToken);
        if (credential.caller().isSession()) {
            return;
        }
        AccessKeyCache.Entry key = keyCache.get(credential.accessKeyId());
        if (key == null) {
            throw new AuthenticationException(Reason.UNKNOWN_ACCESS_KEY, credential.accessKeyId());
        }
        if (key.status() != AccessKeyStatus.ACTIVE) {
            throw new AuthenticationException(Reason.ACCESS_KEY_INACTIVE, key.accessKeyId());
        }
        requireEnabled(credential.caller().userId());
        keyCache.touch(key.accessKeyId(), clock.instant().truncatedTo(ChronoUnit.MILLIS), LAST_USED_RESOLUTION);
    }

    /** The second factor of a password login: the user it names and the code of the user's virtual MFA device. */
    public record OneTimeCode(String userId, String passcode) {}

    /**
     * Password login of a user of the account given by id or, when the id is null, by name: issues a token and
     * records the login, under the account's login, password and token policies. A user with an enabled virtual MFA
     * device must also give its current code ({@code code}, null when the login sent none); the token then carries
     * the MFA login time. Repeated failures, wrong codes included, lock the user's password login for a while
     * ({@link LoginThrottle}). What only the right password (and code) reveals is checked after it: the allowed
     * addresses, the user's validity period (an IAM user unused for too long is disabled, and stays so), the
     * password's validity period, the token policy. Tokens live for the login policy's session timeout, at most
     * {@code emulator.token.ttl}.
     */
    @Transactional(noRollbackFor = AuthenticationException.class)
    public IssuedToken login(
            String accountId, String accountName, String userName, String password, OneTimeCode code, String sourceIp) {
        Account account = (accountId != null ? accounts.findById(accountId) : accounts.findByName(accountName))
                .orElseThrow(() -> new AuthenticationException(Reason.WRONG_PASSWORD, userName));
        User user = users.findByAccountIdAndNameKey(account.id(), User.nameKey(userName))
                .orElseThrow(() -> new AuthenticationException(Reason.WRONG_PASSWORD, userName));
        LoginPolicy policy = policies.loginPolicy(account.id());
        Instant lockedUntil = throttle.lockedUntil(user.id(), policy.lockout());
        if (lockedUntil != null) {
            throw new AuthenticationException(Reason.LOCKED_OUT, lockedUntil.toString());
        }
        LoginProfile profile = profiles.findById(user.id()).orElse(null);
        if (profile == null || !passwords.matches(password, profile.passwordHash())) {
            throttle.failed(user.id(), policy.lockout());
            throw new AuthenticationException(Reason.WRONG_PASSWORD, userName);
        }
        LoginCheck secondFactor = code != null && !user.id().equals(code.userId())
                ? LoginCheck.FAILED
                : mfa.checkLogin(user.id(), code == null ? null : code.passcode());
        if (secondFactor == LoginCheck.FAILED) {
            throttle.failed(user.id(), policy.lockout());
            throw new AuthenticationException(Reason.MFA_CODE_INVALID, user.name());
        }
        throttle.succeeded(user.id());
        if (!user.enabled()) {
            throw new AuthenticationException(Reason.USER_DISABLED, user.name());
        }
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!user.rootUser()) {
            requireAllowedByPolicies(user, profile, policy, sourceIp, issuedAt);
        }
        Duration ttl = Duration.ofMinutes(policy.sessionTimeout());
        Instant expiresAt = issuedAt.plus(ttl.compareTo(maximumTokenTtl) < 0 ? ttl : maximumTokenTtl);
        Instant mfaAuthenticatedAt = secondFactor == LoginCheck.PASSED ? issuedAt : null;
        String token = newToken();
        tokens.save(new TokenRecord(hash(token), user.id(), issuedAt, expiresAt, mfaAuthenticatedAt));
        tokens.deleteExpiredBefore(issuedAt);
        provisioning.recordLogin(user.id(), issuedAt, sourceIp);
        return new IssuedToken(
                token, callerOf(user).withMfaAuthenticatedAt(mfaAuthenticatedAt), account.name(), issuedAt, expiresAt);
    }

    /** The account's policies that bind IAM users but not the root user, checked in the order of the class comment. */
    private void requireAllowedByPolicies(
            User user, LoginProfile profile, LoginPolicy policy, String sourceIp, Instant now) {
        if (!policy.allowsAddress(sourceIp)) {
            throw new AuthenticationException(Reason.ADDRESS_NOT_ALLOWED, sourceIp);
        }
        Instant lastUsed = history.latest(user.id()).map(LastLogin::at).orElse(user.createdAt());
        if (policy.userExpired(lastUsed, now)) {
            provisioning.disable(user.id());
            throw new AuthenticationException(Reason.USER_DISABLED, user.name());
        }
        PasswordPolicy passwordPolicy = policies.passwordPolicy(user.accountId());
        if (PasswordRules.expired(passwordPolicy.passwordValidityPeriod(), profile.passwordChangedAt(), now)) {
            throw new AuthenticationException(
                    Reason.PASSWORD_EXPIRED, profile.passwordChangedAt().toString());
        }
        if (!policies.tokenEnabled(user.accountId())) {
            throw new ForbiddenOperationException(
                    "the account's token policy issues no tokens to IAM users" + " (token_enabled is false)");
        }
    }

    /**
     * The caller a token acts as, while it has not expired and its user is enabled; with the MFA login time when the
     * login gave a one-time code. An assume_role login's token acts as its agency session, until the session expires.
     */
    @Transactional(readOnly = true)
    public Caller token(String token) {
        TokenRecord record = tokens.findById(hash(token)).orElse(null);
        if (record == null) {
            return temporaries
                    .agencyTokenCaller(token)
                    .orElseThrow(() -> new AuthenticationException(Reason.TOKEN_INVALID, "token"));
        }
        if (!record.expiresAt().isAfter(clock.instant())) {
            throw new AuthenticationException(
                    Reason.TOKEN_EXPIRED, record.expiresAt().toString());
        }
        return callerOf(requireEnabled(record.userId())).withMfaAuthenticatedAt(record.mfaAuthenticatedAt());
    }

    private UserView requireEnabled(String userId) {
        UserView user = userSnapshots.get(userId);
        if (user == null) {
            throw new AuthenticationException(Reason.TOKEN_INVALID, "token");
        }
        if (!user.enabled()) {
            throw new AuthenticationException(Reason.USER_DISABLED, user.name());
        }
        return user;
    }

    private static Caller callerOf(User user) {
        return new Caller(user.accountId(), user.id(), user.name(), user.rootUser());
    }

    private static Caller callerOf(UserView user) {
        return new Caller(user.accountId(), user.id(), user.name(), user.rootUser());
    }

    /** Opaque and long, like the real service's tokens (which start with MII). */
    private static String newToken() {
        byte[] bytes = new byte[96];
        RANDOM.nextBytes(bytes);
        return "MII" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
