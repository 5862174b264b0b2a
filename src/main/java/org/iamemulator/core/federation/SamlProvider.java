package org.iamemulator.core.federation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hibernate.annotations.SortNatural;
import org.iamemulator.core.tag.Taggable;

/** A SAML 2.0 identity provider of one account: its metadata and the ids of its assertion decryption keys. */
@Entity
@Table(name = "saml_providers")
public class SamlProvider implements Taggable {

    @Id
    private String id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(name = "metadata_document", nullable = false)
    private String metadataDocument;

    @Column(name = "assertion_encryption_mode", nullable = false)
    private String assertionEncryptionMode;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Key id → when it was added. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "saml_provider_private_keys", joinColumns = @JoinColumn(name = "provider_id"))
    @MapKeyColumn(name = "key_id")
    @Column(name = "added_at", nullable = false)
    @SortNatural
    private SortedMap<String, Instant> privateKeys = new TreeMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "saml_provider_tags", joinColumns = @JoinColumn(name = "provider_id"))
    @MapKeyColumn(name = "tag_key")
    @Column(name = "tag_value", nullable = false)
    @SortNatural
    private SortedMap<String, String> tags = new TreeMap<>();

    protected SamlProvider() {}

    SamlProvider(String id, String accountId, String name, String description, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.name = name;
        this.description = description;
        this.createdAt = createdAt;
    }

    /** {@code iam::<account-id>:saml-provider:<name>} (docs/identity.md). */
    public static String urn(String accountId, String name) {
        return "iam::" + accountId + ":saml-provider:" + name;
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String metadataDocument() {
        return metadataDocument;
    }

    public String assertionEncryptionMode() {
        return assertionEncryptionMode;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Map<String, Instant> privateKeys() {
        return privateKeys;
    }

    public String urn() {
        return urn(accountId, name);
    }

    @Override
    public Map<String, String> tags() {
        return tags;
    }

    void describe(String newDescription) {
        this.description = newDescription;
    }

    void useMetadata(String document, Instant validUntil) {
        this.metadataDocument = document;
        this.expiresAt = validUntil;
    }

    void encryptAssertions(String mode) {
        this.assertionEncryptionMode = mode;
    }

    void addPrivateKey(String keyId, Instant at) {
        privateKeys.putIfAbsent(keyId, at);
    }

    void removePrivateKey(String keyId) {
        privateKeys.remove(keyId);
    }
}
