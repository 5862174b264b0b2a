package org.iamemulator.huawei.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.group.GroupSummaryView;
import org.iamemulator.core.group.GroupView;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.web.WireTime;

/** The request and response bodies of the v5 group APIs, field for field as the SDK's models. */
final class GroupDtos {

    private GroupDtos() {}

    @Schema(name = "Group")
    record GroupBody(
            @JsonProperty("group_id") String groupId,
            @JsonProperty("group_name") String groupName,

            @Schema(example = "2023-04-26T03:49:42Z") @JsonProperty("created_at")
            String createdAt,

            @Schema(example = "iam::accountid:group:name") String urn,
            String description) {

        static GroupBody of(GroupView group) {
            return new GroupBody(
                    group.id(), group.name(), WireTime.seconds(group.createdAt()), group.urn(), group.description());
        }
    }

    @Schema(name = "GroupResponse", description = "Answer of CreateGroupV5, ShowGroupV5 and UpdateGroupV5")
    record GroupResponse(GroupBody group) {}

    @Schema(name = "ListGroupsV5Response")
    record ListGroupsResponse(
            List<GroupBody> groups,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(name = "GroupSummary")
    record GroupSummaryBody(
            @JsonProperty("group_id") String groupId,
            @JsonProperty("group_name") String groupName,

            @Schema(example = "2023-04-26T03:49:42Z") @JsonProperty("created_at")
            String createdAt,

            @Schema(example = "iam::accountid:group:name") String urn,
            String description,
            @JsonProperty("user_count") long userCount) {

        static GroupSummaryBody of(GroupSummaryView summary) {
            GroupBody group = GroupBody.of(summary.group());
            return new GroupSummaryBody(
                    group.groupId(),
                    group.groupName(),
                    group.createdAt(),
                    group.urn(),
                    group.description(),
                    summary.userCount());
        }
    }

    @Schema(name = "ShowGroupSummaryResponse")
    record GroupSummariesResponse(
            List<GroupSummaryBody> groups,
            @JsonProperty("page_info") PageInfo pageInfo) {}

    @Schema(name = "CreateGroupReqBody")
    record CreateGroupRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("group_name")
            String groupName,

            String description) {}

    @Schema(name = "UpdateGroupReqBody")
    record UpdateGroupRequest(
            @JsonProperty("new_group_name") String newGroupName,
            @JsonProperty("new_group_description") String newGroupDescription) {}

    @Schema(name = "AddUserToGroupReqBody", description = "Body of AddUserToGroupV5 and RemoveUserFromGroupV5")
    record UserIdRequest(@JsonProperty("user_id") String userId) {}
}
