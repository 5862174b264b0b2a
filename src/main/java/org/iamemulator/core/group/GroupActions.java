package org.iamemulator.core.group;

/**
 * The IAM v5 policy actions of the group operations. Only listGroupsV5, attachPolicyV5 and detachPolicyV5 are
 * documented; the others follow the same pattern (docs/authorization.md).
 */
public final class GroupActions {

    public static final String CREATE = "iam:groups:createGroupV5";
    public static final String GET = "iam:groups:getGroupV5";
    public static final String LIST = "iam:groups:listGroupsV5";
    public static final String UPDATE = "iam:groups:updateGroupV5";
    public static final String DELETE = "iam:groups:deleteGroupV5";
    public static final String ADD_USER = "iam:groups:addUserV5";
    public static final String REMOVE_USER = "iam:groups:removeUserV5";
    public static final String ATTACH_POLICY = "iam:groups:attachPolicyV5";
    public static final String DETACH_POLICY = "iam:groups:detachPolicyV5";
    public static final String LIST_ATTACHED_POLICIES = "iam:groups:listAttachedPoliciesV5";

    private GroupActions() {}
}
