package org.iamemulator.core.account;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import org.iamemulator.core.Ids;
import org.iamemulator.core.cache.StoreChange;
import org.iamemulator.core.cache.StoreChangeListener;
import org.iamemulator.core.cache.VersionedCache;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.user.User;
import org.iamemulator.core.user.UserRepository;
import org.iamemulator.core.user.UserRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Accounts (Huawei "domains"), each created together with its root user. */
@Service
@Transactional
public class AccountService implements StoreChangeListener {

    private final AccountRepository accounts;
    private final UserRepository users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** Account names never change; an account's deletion is a change of everything (StoreChanges). */
    private final VersionedCache<String, String> names;

    public AccountService(
            AccountRepository accounts,
            UserRepository users,
            Clock clock,
            ApplicationEventPublisher events,
            VersionedCache.CacheSettings cacheSettings) {
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
        this.events = events;
        this.names = new VersionedCache<>(cacheSettings);
    }

    /** Creates the account and its root user unless an account with this id exists; idempotent. */
    public Account ensureAccount(String accountId, String accountName) {
        return accounts.findById(accountId).orElseGet(() -> {
            Account account = accounts.save(
                    new Account(accountId, accountName, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
            // the root user carries the account's name, as in Huawei Cloud
            users.save(new User(rootUserId(accountId), accountId, accountName, "", true, true, account.createdAt()));
            return account;
        });
    }

    @Transactional(readOnly = true)
    public Caller rootCaller(String accountId) {
        User root = users.findByAccountIdAndRootUserTrue(accountId)
                .orElseThrow(() -> new IllegalStateException("account without root user: " + accountId));
        return new Caller(accountId, root.id(), root.name(), true);
    }

    @Transactional(readOnly = true)
    public boolean exists(String accountId) {
        return accounts.existsById(accountId);
    }

    /** Whether the account was created on demand for a test rather than by configuration or a seed. */
    @Transactional(readOnly = true)
    public boolean isDisposable(String accountId) {
        return accounts.existsByIdAndDisposableTrue(accountId);
    }

    /** Refuses a name a new account cannot have: its root user carries it, and no other account may have it. */
    @Transactional(readOnly = true)
    public void checkNewName(String accountName) {
        UserRules.checkName("name", accountName);
        if (accounts.findByName(accountName).isPresent()) {
            throw new ConflictException("account", "account name already exists: " + accountName);
        }
    }

    /** Deletes the account with everything in it and says so to the caches. */
    public void delete(String accountId) {
        accounts.deleteAccount(accountId);
        events.publishEvent(new AccountsChangedInBulk(accountId));
    }

    /**
     * Deletes every account but the disposable ones and those {@code kept} (which a reset writes back in place), with
     * everything in them, and says so to the caches.
     */
    public void deleteConfiguredAccountsExcept(Collection<String> kept) {
        // rarely any (another configuration's, in a shared store); a bulk delete with a list parameter would be
        // translated anew on every call
        accounts.findConfiguredAccountIds().stream()
                .filter(id -> !kept.contains(id))
                .forEach(accounts::deleteAccount);
        events.publishEvent(new AccountsChangedInBulk(null));
    }

    /** Says to the caches that the account's rows were written over in bulk (a reset), unseen by Hibernate. */
    public void rewritten(String accountId) {
        events.publishEvent(new AccountsChangedInBulk(accountId));
    }

    /**
     * Published after accounts were deleted or written over in bulk; {@code accountId} is null when all but the
     * disposable ones were.
     */
    public record AccountsChangedInBulk(String accountId) {}

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public String name(String accountId) {
        String name = names.get(
                accountId, id -> accounts.findById(id).map(Account::name).orElse(null));
        if (name == null) {
            throw new IllegalStateException("unknown account: " + accountId);
        }
        return name;
    }

    @Override
    public void onChange(StoreChange change) {
        if (change.kind() == StoreChange.Kind.ALL) {
            names.invalidateAll();
        }
    }

    /** The root user's id: derived from the account's, the same on every start. */
    public static String rootUserId(String accountId) {
        return Ids.derived(accountId + "/root");
    }
}
