package org.iamemulator.core.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A user's membership of a group. */
@Entity
@Table(name = "group_members")
@IdClass(GroupMember.Key.class)
public class GroupMember {

    public record Key(String groupId, String userId) implements Serializable {}

    @Id
    @Column(name = "group_id")
    private String groupId;

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected GroupMember() {}

    GroupMember(String groupId, String userId, Instant addedAt) {
        this.groupId = groupId;
        this.userId = userId;
        this.addedAt = addedAt;
    }

    public String groupId() {
        return groupId;
    }

    public String userId() {
        return userId;
    }
}
