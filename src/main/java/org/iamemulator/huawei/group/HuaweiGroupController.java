package org.iamemulator.huawei.group;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.group.GroupService;
import org.iamemulator.core.group.GroupView;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.group.GroupDtos.CreateGroupRequest;
import org.iamemulator.huawei.group.GroupDtos.GroupBody;
import org.iamemulator.huawei.group.GroupDtos.GroupResponse;
import org.iamemulator.huawei.group.GroupDtos.ListGroupsResponse;
import org.iamemulator.huawei.group.GroupDtos.UpdateGroupRequest;
import org.iamemulator.huawei.group.GroupDtos.UserIdRequest;
import org.iamemulator.web.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Huawei IAM v5 user-group APIs. */
@RestController
@RequestMapping(path = "/v5/groups", produces = "application/json")
@Tag(name = "User groups (Huawei IAM v5)")
class HuaweiGroupController {

    private final GroupService groups;

    HuaweiGroupController(GroupService groups) {
        this.groups = groups;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "CreateGroupV5", summary = "Create a user group")
    GroupResponse create(@CurrentCaller Caller caller, @RequestBody CreateGroupRequest body) {
        return new GroupResponse(GroupBody.of(groups.create(caller, body.groupName(), body.description())));
    }

    @GetMapping("/{group_id}")
    @Operation(operationId = "ShowGroupV5", summary = "Query a user group")
    GroupResponse show(@CurrentCaller Caller caller, @PathVariable("group_id") String groupId) {
        return new GroupResponse(GroupBody.of(groups.show(caller, groupId)));
    }

    @GetMapping
    @Operation(operationId = "ListGroupsV5", summary = "List user groups")
    ListGroupsResponse list(
            @CurrentCaller Caller caller,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker,
            @Parameter(description = "only the groups this user belongs to")
                    @RequestParam(name = "user_id", required = false)
                    String userId) {
        Page<GroupView> page = groups.list(caller, userId, PageRequest.of(limit, marker));
        return new ListGroupsResponse(
                page.items().stream().map(GroupBody::of).toList(),
                new PageInfo(page.nextMarker(), page.items().size()));
    }

    @PutMapping(path = "/{group_id}", consumes = "application/json")
    @Operation(operationId = "UpdateGroupV5", summary = "Rename or describe a user group")
    GroupResponse update(
            @CurrentCaller Caller caller,
            @PathVariable("group_id") String groupId,
            @RequestBody UpdateGroupRequest body) {
        return new GroupResponse(
                GroupBody.of(groups.update(caller, groupId, body.newGroupName(), body.newGroupDescription())));
    }

    @DeleteMapping("/{group_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "DeleteGroupV5", summary = "Delete a user group with its memberships and attachments")
    void delete(@CurrentCaller Caller caller, @PathVariable("group_id") String groupId) {
        groups.delete(caller, groupId);
    }

    @PostMapping(path = "/{group_id}/add-user", consumes = "application/json")
    @Operation(
            operationId = "AddUserToGroupV5",
            summary = "Add a user to a group",
            description = "A user belongs to at most 10 groups.")
    void addUser(
            @CurrentCaller Caller caller, @PathVariable("group_id") String groupId, @RequestBody UserIdRequest body) {
        groups.addUser(caller, groupId, body.userId());
    }

    @PostMapping(path = "/{group_id}/remove-user", consumes = "application/json")
    @Operation(operationId = "RemoveUserFromGroupV5", summary = "Remove a user from a group")
    void removeUser(
            @CurrentCaller Caller caller, @PathVariable("group_id") String groupId, @RequestBody UserIdRequest body) {
        groups.removeUser(caller, groupId, body.userId());
    }
}
