package org.iamemulator.huawei.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.user.NewUser;
import org.iamemulator.core.user.UserChanges;
import org.iamemulator.core.user.UserService;
import org.iamemulator.core.user.UserView;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.user.UserDtos.CreateUserRequest;
import org.iamemulator.huawei.user.UserDtos.ListUsersResponse;
import org.iamemulator.huawei.user.UserDtos.ShowUserLastLoginResponse;
import org.iamemulator.huawei.user.UserDtos.ShowUserResponse;
import org.iamemulator.huawei.user.UserDtos.UpdateUserRequest;
import org.iamemulator.huawei.user.UserDtos.UserBody;
import org.iamemulator.huawei.user.UserDtos.UserLastLoginBody;
import org.iamemulator.huawei.user.UserDtos.UserResponse;
import org.iamemulator.web.CurrentCaller;
import org.iamemulator.web.WireTime;
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

/** Huawei IAM v5 user APIs: parse, call {@link UserService}, render. */
@RestController
@RequestMapping(path = "/v5/users", produces = "application/json")
@Tag(name = "Users (Huawei IAM v5)")
class HuaweiUserController {

    private final UserService users;

    HuaweiUserController(UserService users) {
        this.users = users;
    }

    @GetMapping("/{user_id}")
    @Operation(operationId = "ShowUserV5", summary = "Query IAM user details")
    ShowUserResponse show(@CurrentCaller Caller caller, @PathVariable("user_id") String userId) {
        return new ShowUserResponse(UserBody.withTags(users.show(caller, userId)));
    }

    @GetMapping("/{user_id}/last-login")
    @Operation(
            operationId = "ShowUserLastLoginV5",
            summary = "Query the last login time of an IAM user",
            description = "last_login_at is null when the user never logged in.")
    ShowUserLastLoginResponse lastLogin(@CurrentCaller Caller caller, @PathVariable("user_id") String userId) {
        String lastLogin = users.lastLogin(caller, userId).map(WireTime::millis).orElse(null);
        return new ShowUserLastLoginResponse(new UserLastLoginBody(lastLogin));
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "CreateUserV5", summary = "Create an IAM user")
    UserResponse create(@CurrentCaller Caller caller, @RequestBody CreateUserRequest body) {
        UserView user = users.create(caller, new NewUser(body.name(), body.description(), body.enabled()));
        return new UserResponse(UserBody.summary(user));
    }

    @GetMapping
    @Operation(operationId = "ListUsersV5", summary = "List IAM users")
    ListUsersResponse list(
            @CurrentCaller Caller caller,
            @Parameter(description = "1-200, default 100") @RequestParam(required = false) Integer limit,
            @Parameter(description = "next_marker of the previous page") @RequestParam(required = false) String marker,
            @Parameter(description = "only the members of this group")
                    @RequestParam(name = "group_id", required = false)
                    String groupId) {
        Page<UserView> page = users.list(caller, PageRequest.of(limit, marker), groupId);
        return new ListUsersResponse(
                page.items().stream().map(UserBody::summary).toList(),
                new PageInfo(page.nextMarker(), page.items().size()));
    }

    @PutMapping(path = "/{user_id}", consumes = "application/json")
    @Operation(operationId = "UpdateUserV5", summary = "Modify an IAM user")
    UserResponse update(
            @CurrentCaller Caller caller, @PathVariable("user_id") String userId, @RequestBody UpdateUserRequest body) {
        UserView user = users.update(
                caller, userId, new UserChanges(body.newUserName(), body.newDescription(), body.enabled()));
        return new UserResponse(UserBody.summary(user));
    }

    @DeleteMapping("/{user_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "DeleteUserV5", summary = "Delete an IAM user and everything it owns")
    void delete(@CurrentCaller Caller caller, @PathVariable("user_id") String userId) {
        users.delete(caller, userId);
    }
}
