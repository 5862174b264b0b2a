package org.iamemulator.core.group;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.Ids;
import org.iamemulator.core.account.Quotas;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.user.UserRules;
import org.iamemulator.core.user.UserService;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User groups and their members, confined to the caller's account. */
@Service
@Transactional
public class GroupService {

    private final GroupRepository groups;
    private final GroupMemberRepository members;
    private final UserService users;
    private final PermissionCheck permissions;
    private final Quotas quotas;
    private final Clock clock;

    public GroupService(
            GroupRepository groups,
            GroupMemberRepository members,
            UserService users,
            PermissionCheck permissions,
            Quotas quotas,
            Clock clock) {
        this.groups = groups;
        this.members = members;
        this.users = users;
        this.permissions = permissions;
        this.quotas = quotas;
        this.clock = clock;
    }

    public GroupView create(Caller caller, String name, String description) {
        GroupRules.checkName("group_name", name);
        GroupRules.checkDescription("description", description);
        permissions.require(
                caller,
                GroupActions.CREATE,
                new ProtectedResource(Group.urn(caller.accountId(), name), Map.of(), false));
        requireNameFree(caller.accountId(), name);
        quotas.check(Quota.GROUPS, groups.countByAccountId(caller.accountId()));
        Group group = new Group(Ids.random(), caller.accountId(), name, description == null ? "" : description, now());
        return GroupView.of(groups.save(group));
    }

    @Transactional(readOnly = true)
    public GroupView show(Caller caller, String groupId) {
        return GroupView.of(authorized(caller, groupId, GroupActions.GET, Map.of()));
    }

    /** A page of the account's groups; with {@code userId}, only the groups that user belongs to. */
    @Transactional(readOnly = true)
    public Page<GroupView> list(Caller caller, String userId, PageRequest page) {
        if (userId != null) {
            UserRules.checkIdParameter("user_id", userId);
        }
        permissions.require(
                caller, GroupActions.LIST, new ProtectedResource(Group.urn(caller.accountId(), "*"), Map.of(), false));
        if (userId != null && !users.exists(caller.accountId(), userId)) {
            throw new NotFoundException("user", userId);
        }
        List<Group> rows = groups.findPage(caller.accountId(), userId, page.afterKey(), Limit.of(page.limit() + 1));
        return Page.fromLookahead(rows, page.limit(), Group::id).map(GroupView::of);
    }

    /** {@link #list}, each group with its member count. */
    @Transactional(readOnly = true)
    public Page<GroupSummaryView> summaries(Caller caller, String userId, PageRequest page) {
        return list(caller, userId, page).map(group -> new GroupSummaryView(group, members.countByGroupId(group.id())));
    }

    public GroupView update(Caller caller, String groupId, String newName, String newDescription) {
        if (newName != null) {
            GroupRules.checkName("new_group_name", newName);
        }
        GroupRules.checkDescription("new_group_description", newDescription);
        Group group = authorized(caller, groupId, GroupActions.UPDATE, Map.of());
        if (newName != null && !Group.nameKey(newName).equals(Group.nameKey(group.name()))) {
            requireNameFree(caller.accountId(), newName);
        }
        if (newName != null) {
            group.rename(newName);
        }
        if (newDescription != null) {
            group.describe(newDescription);
        }
        return GroupView.of(groups.saveAndFlush(group));
    }

    /** Deletes the group; its memberships and policy attachments go with it. */
    public void delete(Caller caller, String groupId) {
        groups.delete(authorized(caller, groupId, GroupActions.DELETE, Map.of()));
    }

    /** Adds the user to the group; adding a member again changes nothing. */
    public void addUser(Caller caller, String groupId, String userId) {
        UserRules.checkIdField("user_id", userId);
        Group group = authorized(caller, groupId, GroupActions.ADD_USER, Map.of());
        requireUser(caller, userId);
        GroupMember.Key key = new GroupMember.Key(group.id(), userId);
        if (members.existsById(key)) {
            return;
        }
        LimitExceededException.check(Quota.GROUPS_PER_USER, members.countByUserId(userId));
        members.save(new GroupMember(group.id(), userId, now()));
    }

    public void removeUser(Caller caller, String groupId, String userId) {
        UserRules.checkIdField("user_id", userId);
        Group group = authorized(caller, groupId, GroupActions.REMOVE_USER, Map.of());
        requireUser(caller, userId);
        GroupMember.Key key = new GroupMember.Key(group.id(), userId);
        if (!members.existsById(key)) {
            throw new NotFoundException("group member", userId);
        }
        members.deleteById(key);
    }

    /**
     * Loads a group of the caller's account and checks the action on it; a missing group is checked as
     * {@code iam::<account>:group:*} first, so that only callers allowed to act on groups learn it is missing.
     */
    public Group authorized(Caller caller, String groupId, String action, Map<String, List<String>> extra) {
        UserRules.checkIdParameter("group_id", groupId);
        return permissions.requireFound(
                caller,
                action,
                groups.findByIdAndAccountId(groupId, caller.accountId()),
                group -> new ProtectedResource(group.urn(), Map.of(), false),
                Group.urn(caller.accountId(), "*"),
                () -> new NotFoundException("group", groupId),
                extra);
    }

    private void requireUser(Caller caller, String userId) {
        if (!users.exists(caller.accountId(), userId)) {
            throw new NotFoundException("user", userId);
        }
    }

    private void requireNameFree(String accountId, String name) {
        if (groups.existsByAccountIdAndNameKey(accountId, Group.nameKey(name))) {
            throw new ConflictException("group", "group name already exists: " + name);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
