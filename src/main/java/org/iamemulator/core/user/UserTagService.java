package org.iamemulator.core.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.policyengine.ConditionKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tags on users (TagResourceV5, DeleteResourceTagsV5, ListResourceTagsV5 with resource type {@code user}). */
@Service
@Transactional
public class UserTagService {

    private final UserAccess users;

    public UserTagService(UserAccess users) {
        this.users = users;
    }

    /**
     * Adds or overwrites the given tags (key to value, in request order) and answers all of the user's tags. The
     * permission check sees them as {@code g:RequestTag/<key>} and {@code g:TagKeys}.
     */
    public Map<String, String> tag(Caller caller, String userId, List<Map.Entry<String, String>> tags) {
        TagRules.checkCount("tags", tags);
        List<String> keys = tags.stream().map(Map.Entry::getKey).toList();
        TagRules.checkKeys(keys);
        tags.forEach(tag -> TagRules.checkValue(tag.getKey(), tag.getValue()));
        Map<String, List<String>> conditions = new LinkedHashMap<>();
        tags.forEach(tag -> conditions.put(ConditionKeys.REQUEST_TAG_PREFIX + tag.getKey(), List.of(tag.getValue())));
        conditions.put(ConditionKeys.TAG_KEYS, keys);
        User user = users.authorizedEntity(caller, userId, UserActions.TAG, conditions);
        TagRules.checkTotal((int) keys.stream().filter(key -> !user.tags().containsKey(key)).count()
                + user.tags().size());
        tags.forEach(tag -> user.putTag(tag.getKey(), tag.getValue()));
        return new TreeMap<>(user.tags());
    }

    /** Removes the tags with these keys; keys the user does not have are ignored. */
    public void untag(Caller caller, String userId, List<String> keys) {
        TagRules.checkCount("body", keys);
        TagRules.checkKeys(keys);
        User user = users.authorizedEntity(caller, userId, UserActions.UNTAG, Map.of(ConditionKeys.TAG_KEYS, keys));
        keys.forEach(user::removeTag);
    }

    @Transactional(readOnly = true)
    public Map<String, String> list(Caller caller, String userId) {
        return new TreeMap<>(users.authorizedEntity(caller, userId, UserActions.LIST_TAGS, Map.of()).tags());
    }
}
