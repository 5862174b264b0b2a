package org.iamemulator.huawei.tag;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.AbstractMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.tag.ResourceTagService;
import org.iamemulator.core.tag.ResourceType;
import org.iamemulator.huawei.TagBody;
import org.iamemulator.web.CurrentCaller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Huawei IAM v5 tagging APIs for resource types {@code user}, {@code agency}, {@code oidc_provider} and
 * {@code saml_provider} (singular, as the SDK sends them: {@code /v5/user/{id}/tags/...}). Other resource types are unknown paths, as for any API not emulated.
 */
@RestController
@RequestMapping(
        path = "/v5/{resource_type:user|agency|oidc_provider|saml_provider}/{resource_id}/tags",
        produces = "application/json")
@Tag(name = "Tags (Huawei IAM v5)")
class HuaweiTagController {

    private final ResourceTagService tags;

    HuaweiTagController(ResourceTagService tags) {
        this.tags = tags;
    }

    @Schema(name = "Tags", description = "Body of TagResourceV5 and answer of TagResourceV5 and ListResourceTagsV5")
    record TagsBody(List<TagBody> tags) {}

    @PostMapping(path = "/create", consumes = "application/json")
    @Operation(
            operationId = "TagResourceV5",
            summary = "Add or overwrite tags of a user or agency; answers all its tags")
    TagsBody tag(
            @CurrentCaller Caller caller,
            @Parameter(description = "user or agency") @PathVariable("resource_type") String resourceType,
            @PathVariable("resource_id") String resourceId,
            @RequestBody TagsBody body) {
        // entries keep the request's order and let a missing key reach the rules as null
        List<Map.Entry<String, String>> requested = body.tags() == null
                ? null
                : body.tags().stream()
                        .<Map.Entry<String, String>>map(tag -> new AbstractMap.SimpleImmutableEntry<>(
                                tag.tagKey(), tag.tagValue() == null ? "" : tag.tagValue()))
                        .toList();
        return new TagsBody(TagBody.of(tags.tag(caller, type(resourceType), resourceId, requested)));
    }

    @DeleteMapping(path = "/delete", consumes = "application/json")
    @Operation(
            operationId = "DeleteResourceTagsV5",
            summary = "Remove tags of a user or agency by key",
            description = "The body is a bare JSON array of 1-20 keys.")
    void untag(
            @CurrentCaller Caller caller,
            @PathVariable("resource_type") String resourceType,
            @PathVariable("resource_id") String resourceId,
            @RequestBody List<String> keys) {
        tags.untag(caller, type(resourceType), resourceId, keys);
    }

    @GetMapping
    @Operation(operationId = "ListResourceTagsV5", summary = "List the tags of a user or agency")
    TagsBody list(
            @CurrentCaller Caller caller,
            @PathVariable("resource_type") String resourceType,
            @PathVariable("resource_id") String resourceId) {
        return new TagsBody(TagBody.of(tags.list(caller, type(resourceType), resourceId)));
    }

    /** The path's pattern admits only the types emulated. */
    private static ResourceType type(String resourceType) {
        return ResourceType.valueOf(resourceType.toUpperCase(Locale.ROOT));
    }
}
