package org.iamemulator.core.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An identity policy: a custom policy of one account, or a read-only system policy that every account sees. */
@Entity
@Table(name = "policies")
public class Policy {

    public static final String CUSTOM = "custom";
    public static final String SYSTEM = "system";

    @Id
    private String id;

    /** Null for system policies. */
    @Column(name = "account_id", updatable = false)
    private String accountId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String path;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "policy_type", nullable = false, updatable = false)
    private String type;

    @Column(name = "default_version_id", nullable = false)
    private String defaultVersionId;

    @Column(name = "last_version", nullable = false)
    private int lastVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Policy() {}

    Policy(String id, String accountId, String name, String path, String description, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.name = name;
        this.path = path;
        this.description = description;
        this.type = CUSTOM;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public static String urn(String accountId, String path, String name) {
        return "iam::" + accountId + ":policy:" + path + name;
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

    public String description() {
        return description;
    }

    public String type() {
        return type;
    }

    public boolean system() {
        return SYSTEM.equals(type);
    }

    public String defaultVersionId() {
        return defaultVersionId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** System policies have {@code system} in the account position: {@code iam::system:policy:<name>}. */
    public String urn() {
        return urn(system() ? SYSTEM : accountId, path, name);
    }

    /** The id of the next version: {@code v1}, {@code v2}, …, never reused. */
    String nextVersionId() {
        lastVersion++;
        return "v" + lastVersion;
    }

    void makeDefault(String versionId, Instant at) {
        this.defaultVersionId = versionId;
        this.updatedAt = at;
    }
}
