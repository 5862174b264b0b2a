package org.iamemulator.core.federation;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A read-only snapshot of a SAML provider: its private keys by id (when added) and its tags, sorted by key. */
public record SamlProviderView(
        String id,
        String accountId,
        String name,
        String urn,
        String description,
        String metadataDocument,
        String assertionEncryptionMode,
        Map<String, Instant> privateKeys,
        Instant createdAt,
        Instant expiresAt,
        Map<String, String> tags) {

    public SamlProviderView {
        privateKeys = Collections.unmodifiableSortedMap(new TreeMap<>(privateKeys));
        tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    static SamlProviderView of(SamlProvider provider) {
        return new SamlProviderView(
                provider.id(),
                provider.accountId(),
                provider.name(),
                provider.urn(),
                provider.description(),
                provider.metadataDocument(),
                provider.assertionEncryptionMode(),
                provider.privateKeys(),
                provider.createdAt(),
                provider.expiresAt(),
                provider.tags());
    }
}
