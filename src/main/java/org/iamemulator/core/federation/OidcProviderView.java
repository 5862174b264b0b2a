package org.iamemulator.core.federation;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A read-only snapshot of an OIDC provider, with its tags sorted by key. */
public record OidcProviderView(
        String id,
        String accountId,
        String name,
        String urn,
        String url,
        String description,
        List<String> clientIds,
        List<String> thumbprints,
        String jwks,
        Instant createdAt,
        Map<String, String> tags) {

    public OidcProviderView {
        clientIds = List.copyOf(clientIds);
        thumbprints = List.copyOf(thumbprints);
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    static OidcProviderView of(OidcProvider provider) {
        return new OidcProviderView(
                provider.id(),
                provider.accountId(),
                provider.name(),
                provider.urn(),
                provider.url(),
                provider.description(),
                provider.clientIds(),
                provider.thumbprints(),
                provider.jwks(),
                provider.createdAt(),
                provider.tags());
    }
}
