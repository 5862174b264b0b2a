package org.iamemulator.core.credential;

/** The IAM v5 policy actions of the credential operations. */
public final class CredentialActions {

    public static final String CREATE_ACCESS_KEY = "iam:credentials:createCredentialV5";
    public static final String LIST_ACCESS_KEYS = "iam:credentials:listCredentialsV5";
    public static final String UPDATE_ACCESS_KEY = "iam:credentials:updateCredentialV5";
    public static final String DELETE_ACCESS_KEY = "iam:credentials:deleteCredentialV5";
    public static final String SHOW_ACCESS_KEY_LAST_USED = "iam:credentials:showAccessKeyLastUsedV5";
    public static final String CREATE_LOGIN_PROFILE = "iam:users:createLoginProfileV5";
    public static final String SHOW_LOGIN_PROFILE = "iam:users:showLoginProfileV5";
    public static final String UPDATE_LOGIN_PROFILE = "iam:users:updateLoginProfileV5";
    public static final String DELETE_LOGIN_PROFILE = "iam:users:deleteLoginProfileV5";
    public static final String CHANGE_PASSWORD = "iam:users:changePasswordV5";

    private CredentialActions() {}
}
