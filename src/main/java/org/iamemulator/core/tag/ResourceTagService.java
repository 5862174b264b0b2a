package org.iamemulator.core.tag;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.policyengine.ConditionKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tags on users and agencies (TagResourceV5, DeleteResourceTagsV5, ListResourceTagsV5). */
@Service
@Transactional
public class ResourceTagService {

    private final Map<ResourceType, TaggableResources> resources = new EnumMap<>(ResourceType.class);

    public ResourceTagService(List<TaggableResources> resources) {
        resources.forEach(kind -> this.resources.put(kind.type(), kind));
    }

    /**
     * Adds or overwrites the given tags (key to value, in request order) and answers all of the resource's tags. The
     * permission check sees them as {@code g:RequestTag/<key>} and {@code g:TagKeys}.
     */
    public Map<String, String> tag(
            Caller caller, ResourceType type, String resourceId, List<Map.Entry<String, String>> tags) {
        TagRules.checkCount("tags", tags);
        List<String> keys = tags.stream().map(Map.Entry::getKey).toList();
        TagRules.checkKeys(keys);
        tags.forEach(tag -> TagRules.checkValue(tag.getKey(), tag.getValue()));
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        tags.forEach(tag -> conditions.put(ConditionKeys.REQUEST_TAG_PREFIX + tag.getKey(), List.of(tag.getValue())));
        conditions.put(ConditionKeys.TAG_KEYS, keys);
        Taggable resource = resources.get(type).authorizedForTagging(caller, resourceId, TagActions.TAG, conditions);
        TagRules.checkTotal((int) keys.stream()
                        .filter(key -> !resource.tags().containsKey(key))
                        .count()
                + resource.tags().size());
        tags.forEach(tag -> resource.putTag(tag.getKey(), tag.getValue()));
        return new TreeMap<>(resource.tags());
    }

    /** Removes the tags with these keys; keys the resource does not have are ignored. */
    public void untag(Caller caller, ResourceType type, String resourceId, List<String> keys) {
        TagRules.checkCount("body", keys);
        TagRules.checkKeys(keys);
        Taggable resource = resources
                .get(type)
                .authorizedForTagging(caller, resourceId, TagActions.UNTAG, Map.of(ConditionKeys.TAG_KEYS, keys));
        keys.forEach(resource::removeTag);
    }

    @Transactional(readOnly = true)
    public Map<String, String> list(Caller caller, ResourceType type, String resourceId) {
        return new TreeMap<>(resources
                .get(type)
                .authorizedForTagging(caller, resourceId, TagActions.LIST_TAGS, Map.of())
                .tags());
    }
}
