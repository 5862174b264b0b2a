package org.iamemulator.core.sts;

import java.util.List;

/**
 * AssumeAgencyWithOIDC's and AssumeAgencyWithSAML's input as the client sent it (nulls for absent fields);
 * {@code proof} is the {@code id_token} or the {@code saml_assertion}.
 */
public record FederatedAssumeRequest(
        String providerUrn,
        String agencyUrn,
        String sessionName,
        String proof,
        Integer durationSeconds,
        String policy,
        List<String> policyIds) {}
