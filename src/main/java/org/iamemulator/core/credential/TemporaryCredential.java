package org.iamemulator.core.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.identity.AgencySession;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A temporary access key pair of an assumed-agency session, with what the session was given when it began. */
@Entity
@Table(name = "temporary_credentials")
class TemporaryCredential {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    @Column(name = "access_key_id")
    private String accessKeyId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private String agencyId;

    @Column(name = "agency_name", nullable = false, updatable = false)
    private String agencyName;

    @Column(name = "session_name", nullable = false, updatable = false)
    private String sessionName;

    @Column(name = "secret_key", nullable = false, updatable = false)
    @Convert(converter = SecretConverter.class)
    private String secretKey;

    @Column(name = "session_policy", updatable = false)
    private String sessionPolicy;

    @Column(name = "session_policy_ids", nullable = false, updatable = false)
    private String sessionPolicyIds;

    @Column(name = "session_tags", nullable = false, updatable = false)
    private String sessionTags;

    @Column(name = "transitive_tag_keys", nullable = false, updatable = false)
    private String transitiveTagKeys;

    @Column(name = "source_identity", updatable = false)
    private String sourceIdentity;

    @Column(name = "mfa_present", nullable = false, updatable = false)
    private boolean mfaPresent;

    @Column(name = "mfa_authenticated_at", updatable = false)
    private Instant mfaAuthenticatedAt;

    @Column(nullable = false, updatable = false)
    private boolean chained;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected TemporaryCredential() {}

    TemporaryCredential(AgencySession session, String secretKey, Instant issuedAt) {
        this.accessKeyId = session.accessKeyId();
        this.accountId = session.accountId();
        this.agencyId = session.agencyId();
        this.agencyName = session.agencyName();
        this.sessionName = session.sessionName();
        this.secretKey = secretKey;
        this.sessionPolicy = session.sessionPolicy();
        this.sessionPolicyIds = JSON.writeValueAsString(session.sessionPolicyIds());
        this.sessionTags = JSON.writeValueAsString(session.tags());
        this.transitiveTagKeys = JSON.writeValueAsString(session.transitiveTagKeys());
        this.sourceIdentity = session.sourceIdentity();
        this.mfaPresent = session.mfaPresent();
        this.mfaAuthenticatedAt = session.mfaAuthenticatedAt();
        this.chained = session.chained();
        this.issuedAt = issuedAt;
        this.expiresAt = session.expiresAt();
    }

    String accessKeyId() {
        return accessKeyId;
    }

    String secretKey() {
        return secretKey;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    AgencySession session() {
        return new AgencySession(
                accessKeyId,
                accountId,
                agencyId,
                agencyName,
                sessionName,
                sessionPolicy,
                JSON.readValue(sessionPolicyIds, new TypeReference<List<String>>() {}),
                JSON.readValue(sessionTags, new TypeReference<Map<String, String>>() {}),
                JSON.readValue(transitiveTagKeys, new TypeReference<List<String>>() {}),
                sourceIdentity,
                mfaPresent,
                mfaAuthenticatedAt,
                expiresAt,
                chained);
    }
}
