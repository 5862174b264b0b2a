package org.iamemulator.core.user;

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
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hibernate.annotations.SortNatural;
import org.iamemulator.core.Urns;
import org.iamemulator.core.tag.Taggable;

/** An IAM user of one account; exactly one per account is its root user. */
@Entity
@Table(name = "users")
public class User implements Taggable {

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

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "root_user", nullable = false, updatable = false)
    private boolean rootUser;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_tags", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "tag_key")
    @Column(name = "tag_value", nullable = false)
    @SortNatural
    private SortedMap<String, String> tags = new TreeMap<>();

    protected User() {}

    public User(
            String id,
            String accountId,
            String name,
            String description,
            boolean enabled,
            boolean rootUser,
            Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        rename(name);
        this.description = description;
        this.enabled = enabled;
        this.rootUser = rootUser;
        this.createdAt = createdAt;
    }

    /** The key that makes user names unique per account regardless of case. */
    public static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
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

    public boolean enabled() {
        return enabled;
    }

    public boolean rootUser() {
        return rootUser;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Tags sorted by key. */
    @Override
    public Map<String, String> tags() {
        return tags;
    }

    public String urn() {
        return Urns.user(accountId, name);
    }

    void rename(String newName) {
        this.name = newName;
        this.nameKey = nameKey(newName);
    }

    void describe(String newDescription) {
        this.description = newDescription;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
