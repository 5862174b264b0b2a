package org.iamemulator.huawei.group;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.group.GroupService;
import org.iamemulator.core.group.GroupSummaryView;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.group.GroupDtos.GroupSummariesResponse;
import org.iamemulator.huawei.group.GroupDtos.GroupSummaryBody;
import org.iamemulator.web.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ShowGroupSummary (Java SDK 3.1.180+, no V5 suffix): the groups with their member counts. */
@RestController
@Tag(name = "User groups (Huawei IAM v5)")
class HuaweiGroupSummaryController {

    private final GroupService groups;

    HuaweiGroupSummaryController(GroupService groups) {
        this.groups = groups;
    }

    @GetMapping(path = "/v5/groups-summary", produces = "application/json")
    @Operation(operationId = "ShowGroupSummary", summary = "List user groups with their member counts")
    GroupSummariesResponse summaries(
            @CurrentCaller Caller caller,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker,
            @Parameter(description = "only the groups this user belongs to")
                    @RequestParam(name = "user_id", required = false)
                    String userId) {
        Page<GroupSummaryView> page = groups.summaries(caller, userId, PageRequest.of(limit, marker));
        return new GroupSummariesResponse(
                page.items().stream().map(GroupSummaryBody::of).toList(),
                new PageInfo(page.nextMarker(), page.items().size()));
    }
}
