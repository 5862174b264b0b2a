package org.iamemulator.core.federation;

/**
 * The IAM v5 policy actions of the identity-provider operations; the documented ones and, where the reference has
 * none, the same pattern (docs/authorization.md).
 */
public final class FederationActions {

    public static final String CREATE_OIDC = "iam:oidcProviders:createV5";
    public static final String GET_OIDC = "iam:oidcProviders:getV5";
    public static final String LIST_OIDC = "iam:oidcProviders:listV5";
    public static final String UPDATE_OIDC = "iam:oidcProviders:updateV5";
    public static final String UPDATE_OIDC_THUMBPRINT = "iam:oidcProviders:updateThumbprintV5";
    public static final String ADD_OIDC_CLIENT_ID = "iam:oidcProviders:addClientIdV5";
    public static final String REMOVE_OIDC_CLIENT_ID = "iam:oidcProviders:removeClientIdV5";
    public static final String DELETE_OIDC = "iam:oidcProviders:deleteV5";
    public static final String CREATE_SAML = "iam:samlProviders:createV5";
    public static final String GET_SAML = "iam:samlProviders:getV5";
    public static final String LIST_SAML = "iam:samlProviders:listV5";
    public static final String UPDATE_SAML = "iam:samlProviders:updateV5";
    public static final String DELETE_SAML = "iam:samlProviders:deleteV5";

    private FederationActions() {}
}
