package org.iamemulator.core.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One successful console/password login of a user: what ShowUserLastLoginV5 reports. */
@Entity
@Table(name = "login_records")
public class LoginRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(name = "login_at", nullable = false, updatable = false)
    private Instant loginAt;

    @Column(name = "source_ip", updatable = false)
    private String sourceIp;

    protected LoginRecord() {}

    public LoginRecord(String userId, Instant loginAt, String sourceIp) {
        this.userId = userId;
        this.loginAt = loginAt;
        this.sourceIp = sourceIp;
    }

    public String userId() {
        return userId;
    }

    public Instant loginAt() {
        return loginAt;
    }

    public String sourceIp() {
        return sourceIp;
    }
}
