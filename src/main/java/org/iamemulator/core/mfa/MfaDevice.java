package org.iamemulator.core.mfa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.iamemulator.core.credential.SecretConverter;

/**
 * A user's virtual MFA device: the TOTP seed the user's app holds, and whether it is enabled (then a password login
 * of the user needs a code). Its serial number is its URN, built from the account and the device name.
 */
@Entity
@Table(name = "mfa_devices")
public class MfaDevice {

    @Id
    private String id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private String userId;

    @Column(nullable = false, updatable = false)
    private String name;

    /** Encrypted at rest like secret access keys. */
    @Column(nullable = false, updatable = false)
    @Convert(converter = SecretConverter.class)
    private String seed;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MfaDevice() {}

    MfaDevice(String id, String accountId, String userId, String name, String seed, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.userId = userId;
        this.name = name;
        this.seed = seed;
        this.createdAt = createdAt;
    }

    /** {@code iam::<account id>:mfa:<device name>}: the device's serial number and its resource in policies. */
    public static String serialNumber(String accountId, String name) {
        return "iam::" + accountId + ":mfa:" + name;
    }

    public String id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public String userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    public String serialNumber() {
        return serialNumber(accountId, name);
    }

    String seed() {
        return seed;
    }

    void enable() {
        this.enabled = true;
    }

    void disable() {
        this.enabled = false;
    }
}
