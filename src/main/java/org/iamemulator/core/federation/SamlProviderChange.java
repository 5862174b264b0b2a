package org.iamemulator.core.federation;

/**
 * What CreateSAMLProviderV5 and UpdateSAMLProviderV5 send; null keeps (or on create defaults) a value.
 * {@code removePrivateKey} is a key id and only meaningful on update.
 */
public record SamlProviderChange(
        String metadataDocument,
        String assertionEncryptionMode,
        String addPrivateKey,
        String removePrivateKey,
        String description) {}
