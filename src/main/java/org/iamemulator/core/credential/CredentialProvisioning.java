package org.iamemulator.core.credential;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.iamemulator.core.user.User;
import org.iamemulator.core.user.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes credentials as given (fixed keys and passwords from configuration or seed files), without a caller. */
@Service
@Transactional
public class CredentialProvisioning {

    private final AccessKeyRepository keys;
    private final LoginProfileRepository profiles;
    private final UserRepository users;
    private final Passwords passwords;
    private final PolicedPasswords policed;
    private final Clock clock;

    CredentialProvisioning(
            AccessKeyRepository keys,
            LoginProfileRepository profiles,
            UserRepository users,
            Passwords passwords,
            PolicedPasswords policed,
            Clock clock) {
        this.keys = keys;
        this.profiles = profiles;
        this.users = users;
        this.passwords = passwords;
        this.policed = policed;
        this.clock = clock;
    }

    /** Makes the user own this key pair with this status; a changed secret replaces the stored one. */
    public void ensureAccessKey(String userId, String accessKeyId, String secretKey, boolean active) {
        User user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("no user " + userId));
        AccessKey key = keys.findById(accessKeyId)
                .orElseGet(() -> keys.save(new AccessKey(
                        accessKeyId,
                        user.id(),
                        user.accountId(),
                        secretKey,
                        clock.instant().truncatedTo(ChronoUnit.SECONDS))));
        if (!key.userId().equals(userId)) {
            throw new IllegalArgumentException("access key " + accessKeyId + " belongs to another user");
        }
        key.replaceSecret(secretKey);
        key.setStatus(active ? AccessKeyStatus.ACTIVE : AccessKeyStatus.INACTIVE);
    }

    /** A new key pair, with its secret: the only time it is shown. */
    public record IssuedKey(String accessKeyId, String secretKey) {}

    /** Gives the user a new active key pair in the real service's shapes (a new account's root key). */
    public IssuedKey issueAccessKey(String userId) {
        IssuedKey issued = new IssuedKey(KeyMaterial.newAccessKeyId(), KeyMaterial.newSecretKey());
        ensureAccessKey(userId, issued.accessKeyId(), issued.secretKey(), true);
        return issued;
    }

    /**
     * Sets the user's console password, creating the login profile when needed. The password must keep the
     * composition rules of the account's password policy (reuse and age do not apply: seeding sets, it does not
     * change); the same password again keeps the time it was set.
     */
    public void ensurePassword(String userId, String password, boolean resetRequired) {
        User user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("no user " + userId));
        String hash = policed.hashFirst(user.accountId(), user.name(), "password", password);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        profiles.findById(userId)
                .ifPresentOrElse(
                        profile -> {
                            if (!passwords.matches(password, profile.passwordHash())) {
                                profile.changePassword(hash, now);
                            }
                            profile.setPasswordResetRequired(resetRequired);
                        },
                        () -> profiles.save(new LoginProfile(userId, hash, resetRequired, now)));
    }
}
