package org.iamemulator.core.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.user.UserFixtures;
import org.junit.jupiter.api.Test;

/** Group rules over groups, members and users in memory: names, uniqueness, membership and its quota. */
class GroupServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final String DAVE = "u0000000000000000000000000000001";

    private final UserFixtures users = new UserFixtures();
    private final GroupFixtures groups = new GroupFixtures(users, Clock.fixed(NOW, ZoneOffset.UTC));
    private final GroupService service = groups.service;

    GroupServiceTest() {
        users.user(DAVE, ACCOUNT, "dave");
    }

    @Test
    void createsAGroupWithAnEmptyDescription() {
        GroupView admins = service.create(users.rootCaller, "admins", null);

        assertThat(admins.name()).isEqualTo("admins");
        assertThat(admins.description()).isEmpty();
        assertThat(users.checks).containsExactly("iam:groups:createGroupV5 " + Group.urn(ACCOUNT, "admins"));
    }

    @Test
    void namesAreUniquePerAccountRegardlessOfCase() {
        service.create(users.rootCaller, "Admins", "");

        assertThatThrownBy(() -> service.create(users.rootCaller, "ADMINS", ""))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("group name already exists: ADMINS");
        groups.rows.add(new Group("g0000000000000000000000000000009", OTHER_ACCOUNT, "ops", "", NOW));
        assertThat(service.create(users.rootCaller, "ops", "").name()).isEqualTo("ops");
    }

    @Test
    void renamingConflictsOnlyWithAnotherGroupsName() {
        GroupView admins = service.create(users.rootCaller, "admins", "");
        service.create(users.rootCaller, "ops", "");

        assertThatThrownBy(() -> service.update(users.rootCaller, admins.id(), "OPS", null))
                .isInstanceOf(ConflictException.class);
        assertThat(service.update(users.rootCaller, admins.id(), "Admins", "the admins")
                        .name())
                .isEqualTo("Admins");
    }

    @Test
    void addingAMemberTwiceChangesNothing() {
        GroupView admins = service.create(users.rootCaller, "admins", "");

        service.addUser(users.rootCaller, admins.id(), DAVE);
        service.addUser(users.rootCaller, admins.id(), DAVE);

        assertThat(groups.memberRows.rows()).singleElement().satisfies(member -> {
            assertThat(member.userId()).isEqualTo(DAVE);
            assertThat(member.groupId()).isEqualTo(admins.id());
        });
    }

    @Test
    void aUserBelongsToAtMostTenGroups() {
        for (int i = 0; i < Quota.GROUPS_PER_USER.limit(); i++) {
            service.addUser(
                    users.rootCaller,
                    service.create(users.rootCaller, "group-" + i, "").id(),
                    DAVE);
        }
        String eleventh = service.create(users.rootCaller, "group-10", "").id();

        assertThatThrownBy(() -> service.addUser(users.rootCaller, eleventh, DAVE))
                .isInstanceOfSatisfying(
                        LimitExceededException.class,
                        error -> assertThat(error.quota()).isEqualTo(Quota.GROUPS_PER_USER));
        assertThat(groups.memberRows.rows()).hasSize(10);
    }

    @Test
    void membersMustBeUsersOfTheAccount() {
        String admins = service.create(users.rootCaller, "admins", "").id();
        users.user("u0000000000000000000000000000009", OTHER_ACCOUNT, "stranger");

        assertThatThrownBy(() -> service.addUser(users.rootCaller, admins, "u0000000000000000000000000000009"))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        error -> assertThat(error.entityType()).isEqualTo("user"));
        assertThatThrownBy(() -> service.addUser(users.rootCaller, admins, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void removingANonMemberIsNotFound() {
        String admins = service.create(users.rootCaller, "admins", "").id();

        assertThatThrownBy(() -> service.removeUser(users.rootCaller, admins, DAVE))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        error -> assertThat(error.entityType()).isEqualTo("group member"));
        service.addUser(users.rootCaller, admins, DAVE);
        service.removeUser(users.rootCaller, admins, DAVE);
        assertThat(groups.memberRows.rows()).isEmpty();
    }

    @Test
    void anotherAccountsGroupIsNotFound() {
        groups.rows.add(new Group("g0000000000000000000000000000009", OTHER_ACCOUNT, "ops", "", NOW));

        assertThatThrownBy(() -> service.show(users.rootCaller, "g0000000000000000000000000000009"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.show(users.rootCaller, "not/an/id")).isInstanceOf(InvalidInputException.class);
    }
}
