package org.iamemulator.core.federation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hibernate.annotations.SortNatural;
import org.iamemulator.core.tag.Taggable;

/** An OpenID Connect identity provider of one account, with the signing keys (JWKS) its ID tokens are checked with. */
@Entity
@Table(name = "oidc_providers")
public class OidcProvider implements Taggable {

    @Id
    private String id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String url;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private String jwks;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "oidc_provider_client_ids", joinColumns = @JoinColumn(name = "provider_id"))
    @OrderColumn(name = "position")
    @Column(name = "client_id", nullable = false)
    private List<String> clientIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "oidc_provider_thumbprints", joinColumns = @JoinColumn(name = "provider_id"))
    @OrderColumn(name = "position")
    @Column(name = "thumbprint", nullable = false)
    private List<String> thumbprints = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "oidc_provider_tags", joinColumns = @JoinColumn(name = "provider_id"))
    @MapKeyColumn(name = "tag_key")
    @Column(name = "tag_value", nullable = false)
    @SortNatural
    private SortedMap<String, String> tags = new TreeMap<>();

    protected OidcProvider() {}

    OidcProvider(String id, String accountId, NewOidcProvider provider, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.name = provider.name();
        this.url = provider.url();
        this.description = provider.description();
        this.jwks = provider.jwks();
        this.clientIds.addAll(provider.clientIds());
        this.thumbprints.addAll(provider.thumbprints());
        this.createdAt = createdAt;
    }

    /** {@code iam::<account-id>:oidc-provider:<name>} (docs/identity.md). */
    public static String urn(String accountId, String name) {
        return "iam::" + accountId + ":oidc-provider:" + name;
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

    public String url() {
        return url;
    }

    public String description() {
        return description;
    }

    public String jwks() {
        return jwks;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<String> clientIds() {
        return clientIds;
    }

    public List<String> thumbprints() {
        return thumbprints;
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

    void replaceThumbprints(List<String> newThumbprints) {
        thumbprints.clear();
        thumbprints.addAll(newThumbprints);
    }

    void replaceJwks(String newJwks) {
        this.jwks = newJwks;
    }

    void addClientId(String clientId) {
        if (!clientIds.contains(clientId)) {
            clientIds.add(clientId);
        }
    }

    void removeClientId(String clientId) {
        clientIds.remove(clientId);
    }
}
