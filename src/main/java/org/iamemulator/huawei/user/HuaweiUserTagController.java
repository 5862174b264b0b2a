package org.iamemulator.huawei.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.user.UserTagService;
import org.iamemulator.huawei.user.UserDtos.TagBody;
import org.iamemulator.huawei.user.UserDtos.TagsBody;
import org.iamemulator.web.CurrentCaller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Huawei IAM v5 tagging APIs for resource type {@code user} (singular, as the SDK sends it:
 * {@code /v5/user/{id}/tags/...}). Agencies are not emulated, so {@code /v5/agency/...} is an unknown path.
 */
@RestController
@RequestMapping(path = "/v5/user/{user_id}/tags", produces = "application/json")
@Tag(name = "Tags (Huawei IAM v5)")
class HuaweiUserTagController {

    private final UserTagService tags;

    HuaweiUserTagController(UserTagService tags) {
        this.tags = tags;
    }

    @PostMapping(path = "/create", consumes = "application/json")
    @Operation(operationId = "TagResourceV5", summary = "Add or overwrite tags of a user; answers all its tags")
    TagsBody tag(@CurrentCaller Caller caller, @PathVariable("user_id") String userId, @RequestBody TagsBody body) {
        // entries keep the request's order and let a missing key reach the rules as null
        List<Map.Entry<String, String>> requested = body.tags() == null ? null : body.tags().stream()
                .<Map.Entry<String, String>>map(tag -> new AbstractMap.SimpleImmutableEntry<>(tag.tagKey(),
                        tag.tagValue() == null ? "" : tag.tagValue()))
                .toList();
        return new TagsBody(TagBody.of(tags.tag(caller, userId, requested)));
    }

    @DeleteMapping(path = "/delete", consumes = "application/json")
    @Operation(operationId = "DeleteResourceTagsV5", summary = "Remove tags of a user by key",
            description = "The body is a bare JSON array of 1-20 keys.")
    void untag(@CurrentCaller Caller caller, @PathVariable("user_id") String userId,
            @RequestBody List<String> keys) {
        tags.untag(caller, userId, keys);
    }

    @GetMapping
    @Operation(operationId = "ListResourceTagsV5", summary = "List the tags of a user")
    TagsBody list(@CurrentCaller Caller caller, @PathVariable("user_id") String userId) {
        return new TagsBody(TagBody.of(tags.list(caller, userId)));
    }
}
