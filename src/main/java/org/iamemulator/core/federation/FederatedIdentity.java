package org.iamemulator.core.federation;

/**
 * Who an identity provider vouched for in AssumeAgencyWithOIDC/SAML: the provider's URN and issuer, the subject and
 * the audience of the token; SAML adds the NameID's type and the {@code name_qualifier} (null for OIDC).
 */
public record FederatedIdentity(
        String providerUrn, String issuer, String subject, String subjectType, String audience, String nameQualifier) {}
