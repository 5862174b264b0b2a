package org.iamemulator.huawei.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.user.UserView;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.TagBody;
import org.iamemulator.web.WireTime;

/** The request and response bodies of the v5 user APIs, field for field as the real service sends them. */
final class UserDtos {

    private UserDtos() {}

    /** {@code User} in list, create and update answers; {@code UserEx} (with tags) in ShowUserV5. */
    @Schema(name = "UserEx", description = "An IAM user; tags are sent by ShowUserV5 only")
    record UserBody(
            @Schema(example = "description") String description,

            @Schema(example = "name") @JsonProperty("user_name")
            String userName,

            @JsonProperty("is_root_user") boolean isRootUser,

            @Schema(example = "2023-04-26T03:49:42Z") @JsonProperty("created_at")
            String createdAt,

            @Schema(example = "07609fb9358010e21f7bc003751c7c32") @JsonProperty("user_id")
            String userId,

            @Schema(example = "iam::accountid:user:name") String urn,
            boolean enabled,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<TagBody> tags) {

        static UserBody summary(UserView user) {
            return of(user, null);
        }

        static UserBody withTags(UserView user) {
            return of(user, TagBody.of(user.tags()));
        }

        private static UserBody of(UserView user, List<TagBody> tags) {
            return new UserBody(
                    user.description(),
                    user.name(),
                    user.rootUser(),
                    WireTime.seconds(user.createdAt()),
                    user.id(),
                    user.urn(),
                    user.enabled(),
                    tags);
        }
    }

    @Schema(name = "ShowUserV5Response")
    record ShowUserResponse(UserBody user) {}

    @Schema(name = "UserResponse", description = "Answer of CreateUserV5 and UpdateUserV5")
    record UserResponse(UserBody user) {}

    @Schema(name = "ListUsersV5Response")
    record ListUsersResponse(
            List<UserBody> users, @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(name = "UserLastLogin")
    record UserLastLoginBody(
            @Schema(
                    example = "2023-09-13T03:32:02.563Z",
                    nullable = true,
                    description = "Last login time; null when the user has never logged in")
            @JsonProperty("last_login_at")
            String lastLoginAt) {}

    @Schema(name = "ShowUserLastLoginV5Response")
    record ShowUserLastLoginResponse(
            @JsonProperty("user_last_login") UserLastLoginBody userLastLogin) {}

    @Schema(name = "CreateUserReqBody")
    record CreateUserRequest(
            @Schema(example = "alice", requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(example = "Developer") String description,

            @Schema(example = "true", requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean enabled) {}

    @Schema(name = "UpdateUserReqBody")
    record UpdateUserRequest(
            @JsonProperty("new_user_name") String newUserName,
            @JsonProperty("new_description") String newDescription,
            Boolean enabled) {}
}
