package org.iamemulator.core.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** A user group of one account; policies attached to it apply to its members. */
@Entity(name = "IamGroup") // GROUP is a JPQL keyword
@Table(name = "iam_groups")
public class Group {

    @Id
    private String id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(nullable = false)
    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Group() {}

    Group(String id, String accountId, String name, String description, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        rename(name);
        this.description = description;
        this.createdAt = createdAt;
    }

    /** The key that makes group names unique per account regardless of case. */
    public static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public static String urn(String accountId, String name) {
        return "iam::" + accountId + ":group:" + name;
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

    public Instant createdAt() {
        return createdAt;
    }

    public String urn() {
        return urn(accountId, name);
    }

    void rename(String newName) {
        this.name = newName;
        this.nameKey = nameKey(newName);
    }

    void describe(String newDescription) {
        this.description = newDescription;
    }
}
