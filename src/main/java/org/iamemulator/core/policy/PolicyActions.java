package org.iamemulator.core.policy;

/**
 * The IAM v5 policy actions of the policy operations. The reference documents createV5, createVersionV5,
 * getVersionV5, listVersionsV5 and setDefaultVersionV5; the others follow the same pattern (docs/authorization.md).
 */
public final class PolicyActions {

    public static final String CREATE = "iam:policies:createV5";
    public static final String GET = "iam:policies:getV5";
    public static final String LIST = "iam:policies:listV5";
    public static final String DELETE = "iam:policies:deleteV5";
    public static final String CREATE_VERSION = "iam:policies:createVersionV5";
    public static final String GET_VERSION = "iam:policies:getVersionV5";
    public static final String LIST_VERSIONS = "iam:policies:listVersionsV5";
    public static final String DELETE_VERSION = "iam:policies:deleteVersionV5";
    public static final String SET_DEFAULT_VERSION = "iam:policies:setDefaultVersionV5";
    public static final String LIST_ENTITIES = "iam:policies:listEntitiesV5";

    private PolicyActions() {}
}
