package org.iamemulator.core.sts;

import java.util.List;

/**
 * AssumeAgency's input as the client sent it (nulls for absent fields); {@code tags} in the order given.
 * {@link StsRules} checks it.
 */
public record AssumeAgencyRequest(
        String agencyUrn,
        String sessionName,
        Integer durationSeconds,
        String externalId,
        String policy,
        List<String> policyIds,
        String serialNumber,
        String tokenCode,
        String sourceIdentity,
        List<SessionTag> tags,
        List<String> transitiveTagKeys) {

    /** A session tag; the value may be empty but not null. */
    public record SessionTag(String key, String value) {}
}
