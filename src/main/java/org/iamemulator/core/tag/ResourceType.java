package org.iamemulator.core.tag;

/** The kinds of resource the v5 tag operations address ({@code resource_type}). */
public enum ResourceType {
    USER,
    AGENCY,
    OIDC_PROVIDER,
    SAML_PROVIDER
}
