package org.iamemulator.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.iamemulator.core.account.AccountService.AccountsChangedInBulk;
import org.iamemulator.core.cache.StoreChange;
import org.iamemulator.core.cache.VersionedCache.CacheSettings;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.core.user.UserRepository;
import org.iamemulator.support.FakeRepository;
import org.junit.jupiter.api.Test;

/** Account rules over accounts and users in memory: the root user, idempotence, names, deletion, the name cache. */
class AccountServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.891Z");
    private static final String ACME = "a0000000000000000000000000000011";
    private static final String GLOBEX = "a0000000000000000000000000000012";

    private final UserFixtures users = new UserFixtures();
    private final FakeRepository<Account, String> accountRows = new FakeRepository<>(Account::id);
    private final List<Object> published = new ArrayList<>();
    private final AccountService service = new AccountService(
            accountRows.as(
                    AccountRepository.class,
                    Map.of(
                            "findByName",
                                    args -> accountRows.find(
                                            account -> account.name().equals(args[0])),
                            "existsByIdAndDisposableTrue",
                                    args -> accountRows.any(
                                            account -> account.id().equals(args[0]) && account.disposable()),
                            "deleteAccount",
                                    args -> removeAccounts(
                                            account -> account.id().equals(args[0])),
                            "findConfiguredAccountIds",
                                    args -> accountRows.rows().stream()
                                            .filter(account -> !account.disposable())
                                            .map(Account::id)
                                            .toList())),
            users.rows.as(
                    UserRepository.class,
                    Map.of(
                            "findByAccountIdAndRootUserTrue",
                            args -> users.rows.find(user -> user.accountId().equals(args[0]) && user.rootUser()))),
            Clock.fixed(NOW, ZoneOffset.UTC),
            published::add,
            new CacheSettings(true, 100, Duration.ofMinutes(10), false));

    @Test
    void anAccountIsCreatedAtTheWholeSecondWithARootUserCarryingItsName() {
        Account acme = service.ensureAccount(ACME, "acme");

        assertThat(acme.name()).isEqualTo("acme");
        assertThat(acme.createdAt()).isEqualTo(Instant.parse("2025-03-04T05:06:07Z"));
        assertThat(acme.disposable()).isFalse();
        assertThat(users.rows.find(user -> user.accountId().equals(ACME))).get().satisfies(root -> {
            assertThat(root.id()).isEqualTo(AccountService.rootUserId(ACME));
            assertThat(root.name()).isEqualTo("acme");
            assertThat(root.rootUser()).isTrue();
            assertThat(root.enabled()).isTrue();
            assertThat(root.createdAt()).isEqualTo(acme.createdAt());
        });
    }

    @Test
    void ensuringAnExistingAccountChangesNothing() {
        service.ensureAccount(ACME, "acme");

        Account again = service.ensureAccount(ACME, "renamed");

        assertThat(again.name()).isEqualTo("acme");
        assertThat(accountRows.rows()).hasSize(1);
        assertThat(users.rows.count(user -> user.accountId().equals(ACME))).isEqualTo(1);
    }

    @Test
    void theRootUsersIdIsDerivedFromTheAccountsTheSameOnEveryStart() {
        assertThat(AccountService.rootUserId(ACME))
                .isEqualTo(AccountService.rootUserId(ACME))
                .isNotEqualTo(AccountService.rootUserId(GLOBEX))
                .matches("[0-9a-f]{32}");
    }

    @Test
    void theRootCallerIsTheAccountsRootUser() {
        service.ensureAccount(ACME, "acme");

        Caller root = service.rootCaller(ACME);

        assertThat(root).isEqualTo(new Caller(ACME, AccountService.rootUserId(ACME), "acme", true));
        assertThatThrownBy(() -> service.rootCaller(GLOBEX)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNewAccountsNameFollowsTheUserNameRuleAndIsFree() {
        service.ensureAccount(ACME, "acme");

        assertThatThrownBy(() -> service.checkNewName("acme"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("account name already exists: acme");
        assertThatThrownBy(() -> service.checkNewName("1acme"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.field()).isEqualTo("name"));
        assertThatThrownBy(() -> service.checkNewName(null))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("name");
                    assertThat(error.source()).isEqualTo(InvalidInputException.Source.MISSING_BODY_FIELD);
                });
        assertThatCode(() -> service.checkNewName("globex")).doesNotThrowAnyException();
    }

    @Test
    void knowsWhichAccountsExistAndThatConfiguredOnesAreNotDisposable() {
        service.ensureAccount(ACME, "acme");

        assertThat(service.exists(ACME)).isTrue();
        assertThat(service.exists(GLOBEX)).isFalse();
        assertThat(service.isDisposable(ACME)).isFalse();
    }

    @Test
    void deletingOneAccountSaysWhichToTheCaches() {
        service.ensureAccount(ACME, "acme");
        service.ensureAccount(GLOBEX, "globex");

        service.delete(ACME);

        assertThat(accountRows.rows()).extracting(Account::id).containsExactly(GLOBEX);
        assertThat(published).containsExactly(new AccountsChangedInBulk(ACME));
    }

    @Test
    void deletingTheConfiguredAccountsKeepsTheOnesAResetWritesBackAndSaysAll() {
        service.ensureAccount(ACME, "acme");
        service.ensureAccount(GLOBEX, "globex");

        service.deleteConfiguredAccountsExcept(List.of(GLOBEX));

        assertThat(accountRows.rows()).extracting(Account::id).containsExactly(GLOBEX);
        assertThat(published).containsExactly(new AccountsChangedInBulk(null));
    }

    @Test
    void theNameOfAnUnknownAccountIsAnInternalError() {
        assertThatThrownBy(() -> service.name(GLOBEX))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(GLOBEX);
    }

    @Test
    void namesAreCachedUntilEverythingChanges() {
        Account acme = service.ensureAccount(ACME, "acme");
        assertThat(service.name(ACME)).isEqualTo("acme");
        accountRows.remove(acme);

        assertThat(service.name(ACME)).isEqualTo("acme");
        service.onChange(new StoreChange(StoreChange.Kind.USER, AccountService.rootUserId(ACME)));
        assertThat(service.name(ACME)).isEqualTo("acme");
        service.onChange(new StoreChange(StoreChange.Kind.ALL, null));
        assertThatThrownBy(() -> service.name(ACME)).isInstanceOf(IllegalStateException.class);
    }

    private int removeAccounts(Predicate<Account> which) {
        List<Account> doomed = accountRows.rows().stream().filter(which).toList();
        doomed.forEach(accountRows::remove);
        users.rows.rows().stream()
                .filter(user -> doomed.stream().anyMatch(account -> account.id().equals(user.accountId())))
                .forEach(users.rows::remove);
        return doomed.size();
    }
}
