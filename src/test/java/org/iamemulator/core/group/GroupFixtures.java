package org.iamemulator.core.group;

import java.time.Clock;
import java.util.Map;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.core.user.UserService;
import org.iamemulator.support.FakeRepository;

/** Groups and their members in memory, the way the core services find them, for their unit tests. */
public final class GroupFixtures {

    public final FakeRepository<Group, String> rows = new FakeRepository<>(Group::id);
    public final FakeRepository<GroupMember, GroupMember.Key> memberRows =
            new FakeRepository<>(member -> new GroupMember.Key(member.groupId(), member.userId()));
    /** Finds the groups of an account by id or name key, and counts them. */
    public final GroupRepository repository = rows.as(
            GroupRepository.class,
            Map.of(
                    "findByIdAndAccountId",
                            args -> rows.find(group -> group.id().equals(args[0])
                                    && group.accountId().equals(args[1])),
                    "existsByAccountIdAndNameKey",
                            args -> rows.any(group -> group.accountId().equals(args[0])
                                    && Group.nameKey(group.name()).equals(args[1])),
                    "countByAccountId",
                            args -> rows.count(group -> group.accountId().equals(args[0]))));
    /** The group operations over {@code users}' users, allowed everything by {@code users.allowAll}. */
    public final GroupService service;

    public GroupFixtures(UserFixtures users, Clock clock) {
        service = new GroupService(
                repository,
                memberRows.as(
                        GroupMemberRepository.class,
                        Map.of(
                                "countByUserId",
                                args -> memberRows.count(
                                        member -> member.userId().equals(args[0])))),
                new UserService(users.repository, null, null, null, users.allowAll, UserFixtures.QUOTAS, clock),
                users.allowAll,
                UserFixtures.QUOTAS,
                clock);
    }
}
