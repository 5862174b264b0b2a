package org.iamemulator.core.tag;

import java.util.Map;

/** An entity that carries tags (users, agencies): the tag operations change it through this view. */
public interface Taggable {

    /** The tags, sorted by key. */
    Map<String, String> tags();

    void putTag(String key, String value);

    void removeTag(String key);
}
