package org.iamemulator.core.federation;

import java.util.List;

/**
 * What CreateOIDCProviderV5 asks for; {@code thumbprints}, {@code description} and {@code jwks} (the emulator's own
 * field: the provider's signing keys) may be null for their defaults (none, "", no keys).
 */
public record NewOidcProvider(
        String name, String url, List<String> clientIds, List<String> thumbprints, String description, String jwks) {}
