package org.iamemulator.core.tag;

/** The IAM v5 policy actions of the tag operations, the same for every resource type (empty resource-type segment). */
public final class TagActions {

    public static final String TAG = "iam::tagForResourceV5";
    public static final String UNTAG = "iam::untagForResourceV5";
    public static final String LIST_TAGS = "iam::listTagsForResourceV5";

    private TagActions() {}
}
