package org.iamemulator.core.sts;

import org.iamemulator.core.federation.FederatedIdentity;

/** The answer of AssumeAgencyWithOIDC/SAML: the session and its credentials, and whom the provider vouched for. */
public record FederatedAssumption(AssumedAgency assumed, FederatedIdentity identity) {}
