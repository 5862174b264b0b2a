package org.iamemulator.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant of the emulator: what Huawei Cloud calls a domain (32 lower-case hex id and a unique name). */
@Entity
@Table(name = "accounts")
public class Account {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Created on demand for a test ({@code POST /_emulator/accounts}), not by configuration or a seed. */
    @Column(nullable = false, updatable = false)
    private boolean disposable;

    /**
     * Whether the account allows the asymmetric request signatures (SDK-ECDSA-P256-SHA256, SDK-SM2-SM3); stored and
     * answered only, the emulator verifies neither (docs/signing.md).
     */
    @Column(name = "asymmetric_signature", nullable = false)
    private boolean asymmetricSignature;

    protected Account() {}

    public Account(String id, String name, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean disposable() {
        return disposable;
    }

    public boolean asymmetricSignature() {
        return asymmetricSignature;
    }

    public void asymmetricSignature(boolean enabled) {
        this.asymmetricSignature = enabled;
    }
}
