package org.iamemulator.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.iamemulator.core.account.QuotaSettings;
import org.iamemulator.core.account.Quotas;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.ForbiddenOperationException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.junit.jupiter.api.Test;

/** The user operations' rules, over users in memory: names, uniqueness, the root user's protections, accounts. */
class UserServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.891Z");

    private final UserFixtures fixtures = new UserFixtures();
    private final UserService service = new UserService(
            fixtures.repository,
            null,
            fixtures.access(),
            null,
            fixtures.allowAll,
            UserFixtures.QUOTAS,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void createsAnEnabledUserWithAnEmptyDescriptionAtTheWholeSecond() {
        UserView dave = service.create(fixtures.rootCaller, new NewUser("dave", null, true));

        assertThat(dave.name()).isEqualTo("dave");
        assertThat(dave.description()).isEmpty();
        assertThat(dave.enabled()).isTrue();
        assertThat(dave.rootUser()).isFalse();
        assertThat(dave.accountId()).isEqualTo(ACCOUNT);
        assertThat(dave.id()).matches("[0-9a-f]{32}");
        assertThat(dave.createdAt()).isEqualTo(Instant.parse("2025-03-04T05:06:07Z"));
        assertThat(fixtures.rows.rows()).extracting(User::id).contains(dave.id());
        assertThat(fixtures.checks).containsExactly("iam:users:createUserV5 iam::" + ACCOUNT + ":user:dave");
    }

    @Test
    void theUsersQuotaCountsTheRootUserAndOnlyTheCallersAccount() {
        UserService limited = new UserService(
                fixtures.repository,
                null,
                fixtures.access(),
                null,
                fixtures.allowAll,
                new Quotas(new QuotaSettings(2, 20, 1500)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        fixtures.user("u0000000000000000000000000000009", OTHER_ACCOUNT, "elsewhere");
        limited.create(fixtures.rootCaller, new NewUser("dave", null, true));

        assertThatThrownBy(() -> limited.create(fixtures.rootCaller, new NewUser("erin", null, true)))
                .isInstanceOfSatisfying(LimitExceededException.class, error -> {
                    assertThat(error.quota()).isEqualTo(Quota.USERS);
                    assertThat(error.limit()).isEqualTo(2);
                });
    }

    @Test
    void enabledMustBeSaid() {
        assertThatThrownBy(() -> service.create(fixtures.rootCaller, new NewUser("dave", "", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.field()).isEqualTo("enabled"));
    }

    @Test
    void anInvalidNameIsRefusedBeforeAnyPermissionIsAsked() {
        assertThatThrownBy(() -> service.create(fixtures.rootCaller, new NewUser("1dave", null, true)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fixtures.checks).isEmpty();
    }

    @Test
    void namesAreUniquePerAccountRegardlessOfCase() {
        fixtures.user("u0000000000000000000000000000001", ACCOUNT, "Dave");

        assertThatThrownBy(() -> service.create(fixtures.rootCaller, new NewUser("dAVE", null, true)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("user name already exists: dAVE");
    }

    @Test
    void theSameNameInAnotherAccountIsFree() {
        fixtures.user("u0000000000000000000000000000001", OTHER_ACCOUNT, "dave");

        assertThat(service.create(fixtures.rootCaller, new NewUser("dave", null, true))
                        .name())
                .isEqualTo("dave");
    }

    @Test
    void renamingToAnotherUsersNameConflictsButChangingTheCaseOfOnesOwnDoesNot() {
        User dave = fixtures.user("u0000000000000000000000000000001", ACCOUNT, "dave");
        fixtures.user("u0000000000000000000000000000002", ACCOUNT, "erin");

        assertThatThrownBy(() -> service.update(fixtures.rootCaller, dave.id(), new UserChanges("Erin", null, null)))
                .isInstanceOf(ConflictException.class);
        assertThat(service.update(fixtures.rootCaller, dave.id(), new UserChanges("Dave", "QA", false)))
                .satisfies(view -> {
                    assertThat(view.name()).isEqualTo("Dave");
                    assertThat(view.description()).isEqualTo("QA");
                    assertThat(view.enabled()).isFalse();
                });
    }

    @Test
    void anUpdateChangesOnlyWhatItNames() {
        User dave = fixtures.user("u0000000000000000000000000000001", ACCOUNT, "dave");
        dave.describe("Developer");

        UserView updated = service.update(fixtures.rootCaller, dave.id(), new UserChanges(null, null, false));

        assertThat(updated.name()).isEqualTo("dave");
        assertThat(updated.description()).isEqualTo("Developer");
        assertThat(updated.enabled()).isFalse();
    }

    @Test
    void theRootUserCannotBeDisabledRenamedOrDeleted() {
        String root = fixtures.root.id();

        assertThatThrownBy(() -> service.update(fixtures.rootCaller, root, new UserChanges(null, null, false)))
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> service.update(fixtures.rootCaller, root, new UserChanges("boss", null, null)))
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> service.delete(fixtures.rootCaller, root))
                .isInstanceOf(ForbiddenOperationException.class);
        assertThat(fixtures.rows.rows()).extracting(User::id).contains(root);
    }

    @Test
    void theRootUserMayBeDescribedAndKeepItsNameAndEnabledState() {
        String root = fixtures.root.id();

        UserView updated = service.update(fixtures.rootCaller, root, new UserChanges("emulator", "owner", true));

        assertThat(updated.description()).isEqualTo("owner");
    }

    @Test
    void deletesAnotherUser() {
        User dave = fixtures.user("u0000000000000000000000000000001", ACCOUNT, "dave");

        service.delete(fixtures.rootCaller, dave.id());

        assertThat(fixtures.rows.rows()).extracting(User::id).doesNotContain(dave.id());
    }

    @Test
    void anotherAccountsUserIsNotFoundAfterTheWildcardIsChecked() {
        User stranger = fixtures.user("u0000000000000000000000000000009", OTHER_ACCOUNT, "stranger");

        assertThatThrownBy(() -> service.delete(fixtures.rootCaller, stranger.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.checks).containsExactly("iam:users:deleteUserV5 iam::" + ACCOUNT + ":user:*");
        assertThat(service.exists(OTHER_ACCOUNT, stranger.id())).isTrue();
        assertThat(service.exists(ACCOUNT, stranger.id())).isFalse();
    }
}
