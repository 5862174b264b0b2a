package org.iamemulator.core.user;

/** The IAM v5 policy actions of the user operations, as the permission check sees them. */
public final class UserActions {

    public static final String CREATE = "iam:users:createUserV5";
    public static final String LIST = "iam:users:listUsersV5";
    public static final String GET = "iam:users:getUserV5";
    public static final String UPDATE = "iam:users:updateUserV5";
    public static final String DELETE = "iam:users:deleteUserV5";
    public static final String SHOW_LAST_LOGIN = "iam:users:showUserLastLoginV5";
    public static final String ATTACH_POLICY = "iam:users:attachPolicyV5";
    public static final String DETACH_POLICY = "iam:users:detachPolicyV5";
    public static final String LIST_ATTACHED_POLICIES = "iam:users:listAttachedPoliciesV5";

    private UserActions() {}
}
