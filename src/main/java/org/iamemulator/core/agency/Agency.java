package org.iamemulator.core.agency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hibernate.annotations.SortNatural;
import org.iamemulator.core.tag.Taggable;

/** An agency (Huawei's role) of one account: who may assume it is its trust policy, what it may do its policies. */
@Entity
@Table(name = "agencies")
public class Agency implements Taggable {

    /** A trust agency is managed by the account; a service-linked agency belongs to the cloud service it trusts. */
    public enum Kind {
        TRUST,
        SERVICE_LINKED
    }

    @Id
    private String id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "name_key", nullable = false, updatable = false)
    private String nameKey;

    @Column(nullable = false, updatable = false)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "trust_policy", nullable = false)
    private String trustPolicy;

    @Column(name = "max_session_duration", nullable = false)
    private int maxSessionDuration;

    @Column(nullable = false)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "agency_tags", joinColumns = @JoinColumn(name = "agency_id"))
    @MapKeyColumn(name = "tag_key")
    @Column(name = "tag_value", nullable = false)
    @SortNatural
    private SortedMap<String, String> tags = new TreeMap<>();

    protected Agency() {}

    Agency(String id, String accountId, Kind kind, NewAgency agency, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.kind = kind;
        this.name = agency.name();
        this.nameKey = nameKey(agency.name());
        this.path = agency.path();
        this.trustPolicy = agency.trustPolicy();
        this.maxSessionDuration = agency.maxSessionDuration();
        this.description = agency.description();
        this.createdAt = createdAt;
    }

    /** The key that makes agency names unique per account regardless of case. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@code iam::<account-id>:agency:<path><agency-name>}. */
    public static String urn(String accountId, String path, String name) {
        return "iam::" + accountId + ":agency:" + path + name;
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

    public String path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    public String trustPolicy() {
        return trustPolicy;
    }

    public int maxSessionDuration() {
        return maxSessionDuration;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String urn() {
        return urn(accountId, path, name);
    }

    /** Tags sorted by key. */
    @Override
    public Map<String, String> tags() {
        return tags;
    }

    void limitSessions(int seconds) {
        this.maxSessionDuration = seconds;
    }

    void describe(String newDescription) {
        this.description = newDescription;
    }

    void trust(String newTrustPolicy) {
        this.trustPolicy = newTrustPolicy;
    }
}
