package org.iamemulator.core.tag;

import java.util.Map;

/** An entity that carries tags (users, agencies): the tag operations change it through this view. */
public interface Taggable {

    /** The tags, sorted by key: the entity's own map, which the tag operations change. */
    Map<String, String> tags();

    default void putTag(String key, String value) {
        tags().put(key, value);
    }

    default void removeTag(String key) {
        tags().remove(key);
    }
}
