package org.iamemulator.core.agency;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A read-only snapshot of an agency, with its tags sorted by key. */
public record AgencyView(
        String id,
        String accountId,
        String name,
        String path,
        Agency.Kind kind,
        String urn,
        String trustPolicy,
        int maxSessionDuration,
        String description,
        Instant createdAt,
        Map<String, String> tags) {

    public AgencyView {
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    static AgencyView of(Agency agency) {
        return new AgencyView(
                agency.id(),
                agency.accountId(),
                agency.name(),
                agency.path(),
                agency.kind(),
                agency.urn(),
                agency.trustPolicy(),
                agency.maxSessionDuration(),
                agency.description(),
                agency.createdAt(),
                agency.tags());
    }
}
