package org.iamemulator.core.tag;

import java.util.List;
import java.util.Map;
import org.iamemulator.core.identity.Caller;

/** Where the tag operations find the resources of one {@link ResourceType}. */
public interface TaggableResources {

    ResourceType type();

    /**
     * Loads the resource of the caller's account (not found otherwise) and checks the tag action on it, with the
     * request's tag condition keys; the answer is changed within the caller's transaction.
     */
    Taggable authorizedForTagging(
            Caller caller, String resourceId, String action, Map<String, List<String>> requestConditions);
}
