package org.iamemulator.core.credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.security.PasswordPolicy;
import org.iamemulator.core.security.PasswordRules;
import org.iamemulator.core.security.SecurityPolicyService;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Sets passwords under the account's password policy: every password keeps the composition rules; a password that
 * replaces another must also not be one of the last ones, and the replaced hash joins the user's history.
 */
@Component
class PolicedPasswords {

    /** With the current password, as far back as the largest reuse prevention (24) reaches. */
    static final int HISTORY_KEPT = 23;

    private final Passwords passwords;
    private final SecurityPolicyService policies;
    private final PasswordHistoryRepository history;

    PolicedPasswords(Passwords passwords, SecurityPolicyService policies, PasswordHistoryRepository history) {
        this.passwords = passwords;
        this.policies = policies;
        this.history = history;
    }

    /** The account's password policy. */
    PasswordPolicy policy(String accountId) {
        return policies.passwordPolicy(accountId);
    }

    /** The hash of a user's first password, after the account's composition rules. */
    String hashFirst(String accountId, String userName, String field, String password) {
        return hashComposed(policy(accountId), userName, field, password);
    }

    /**
     * Replaces the profile's password at {@code now} after the composition rules and reuse prevention of
     * {@code policy}; the replaced hash is kept for later reuse checks.
     */
    void replace(
            PasswordPolicy policy,
            LoginProfile profile,
            String accountId,
            String userName,
            String field,
            String password,
            Instant now) {
        String hash = hashComposed(policy, userName, field, password);
        PasswordRules.checkNotReused(
                policy.passwordReusePrevention(),
                field,
                newestFirst(profile, policy.passwordReusePrevention()),
                previous -> passwords.matches(password, previous));
        history.save(new PasswordHistoryEntry(accountId, profile.userId(), profile.passwordHash(), now));
        history.findByUserIdOrderByIdDesc(profile.userId(), Limit.unlimited()).stream()
                .skip(HISTORY_KEPT)
                .forEach(history::delete);
        profile.changePassword(hash, now);
    }

    /** A deleted login profile takes its history with it. */
    void forget(String userId) {
        history.deleteByUserId(userId);
    }

    private String hashComposed(PasswordPolicy policy, String userName, String field, String password) {
        if (password == null) {
            throw InvalidInputException.missingField(field);
        }
        PasswordRules.checkComposition(policy, field, password, userName);
        return passwords.hash(field, password);
    }

    /** The current password's hash and the previous ones, newest first, as many as {@code count}. */
    private List<String> newestFirst(LoginProfile profile, int count) {
        List<String> hashes = new ArrayList<>();
        hashes.add(profile.passwordHash());
        if (count > 1) {
            history.findByUserIdOrderByIdDesc(profile.userId(), Limit.of(count - 1))
                    .forEach(entry -> hashes.add(entry.passwordHash()));
        }
        return hashes;
    }
}
