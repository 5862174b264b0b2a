package org.iamemulator.core.security;

/** The IAM v5 policy actions of the account security policies (none has a resource type). */
public final class SecurityPolicyActions {

    public static final String GET_PASSWORD_POLICY = "iam:securitypolicies:getPasswordPolicyV5";
    public static final String UPDATE_PASSWORD_POLICY = "iam:securitypolicies:updatePasswordPolicyV5";
    public static final String GET_LOGIN_POLICY = "iam:securitypolicies:getLoginPolicyV5";
    public static final String UPDATE_LOGIN_POLICY = "iam:securitypolicies:updateLoginPolicyV5";
    // the withdrawn token-policy operations were never documented with actions: named like their siblings
    public static final String GET_TOKEN_POLICY = "iam:securitypolicies:getTokenPolicyV5";
    public static final String UPDATE_TOKEN_POLICY = "iam:securitypolicies:updateTokenPolicyV5";

    private SecurityPolicyActions() {}
}
