package org.iamemulator.core.credential;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.error.QuotaExceededException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.user.UserAccess;
import org.iamemulator.core.user.UserView;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The access key operations (CreateAccessKeyV5 and its siblings). */
@Service
@Transactional
public class AccessKeyService {

    /** Access key pairs per user, as documented. */
    public static final int MAX_KEYS_PER_USER = 2;

    private final AccessKeyRepository keys;
    private final UserAccess access;
    private final Clock clock;

    AccessKeyService(AccessKeyRepository keys, UserAccess access, Clock clock) {
        this.keys = keys;
        this.access = access;
        this.clock = clock;
    }

    /** Creates a key pair; the answer is the only time the secret is ever shown. */
    public AccessKeyView create(Caller caller, String userId) {
        UserView user = access.authorize(caller, userId, CredentialActions.CREATE_ACCESS_KEY);
        if (keys.countByUserId(user.id()) >= MAX_KEYS_PER_USER) {
            throw new QuotaExceededException("a user has at most " + MAX_KEYS_PER_USER + " access keys");
        }
        AccessKey key = new AccessKey(
                KeyMaterial.newAccessKeyId(),
                user.id(),
                user.accountId(),
                KeyMaterial.newSecretKey(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return AccessKeyView.withSecret(keys.save(key));
    }

    @Transactional(readOnly = true)
    public Page<AccessKeyView> list(Caller caller, String userId, PageRequest page) {
        UserView user = access.authorize(caller, userId, CredentialActions.LIST_ACCESS_KEYS);
        Limit lookahead = Limit.of(page.limit() + 1);
        List<AccessKey> rows = page.afterKey() == null
                ? keys.findByUserIdOrderByAccessKeyId(user.id(), lookahead)
                : keys.findByUserIdAndAccessKeyIdGreaterThanOrderByAccessKeyId(user.id(), page.afterKey(), lookahead);
        return Page.fromLookahead(rows, page.limit(), AccessKey::accessKeyId).map(AccessKeyView::metadata);
    }

    public AccessKeyView update(Caller caller, String userId, String accessKeyId, String status) {
        AccessKeyStatus newStatus = AccessKeyStatus.fromWireName(status);
        if (status == null) {
            throw InvalidInputException.missingField("status");
        }
        if (newStatus == null) {
            throw InvalidInputException.field("status", status, "active or inactive");
        }
        AccessKey key = ownedKey(caller, userId, accessKeyId, CredentialActions.UPDATE_ACCESS_KEY);
        key.setStatus(newStatus);
        return AccessKeyView.metadata(key);
    }

    public void delete(Caller caller, String userId, String accessKeyId) {
        keys.delete(ownedKey(caller, userId, accessKeyId, CredentialActions.DELETE_ACCESS_KEY));
    }

    /** When the key last signed a request, empty when never. */
    @Transactional(readOnly = true)
    public Optional<Instant> lastUsed(Caller caller, String userId, String accessKeyId) {
        return Optional.ofNullable(ownedKey(caller, userId, accessKeyId, CredentialActions.SHOW_ACCESS_KEY_LAST_USED)
                .lastUsedAt());
    }

    private AccessKey ownedKey(Caller caller, String userId, String accessKeyId, String action) {
        KeyMaterial.checkAccessKeyIdParameter(accessKeyId);
        UserView user = access.authorize(caller, userId, action);
        return keys.findById(accessKeyId)
                .filter(key -> key.userId().equals(user.id()))
                .orElseThrow(() -> new NotFoundException("access key", accessKeyId));
    }
}
