package org.iamemulator.core.credential;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.iamemulator.core.error.AuthenticationException;
import org.iamemulator.core.error.AuthenticationException.Reason;
import org.iamemulator.core.identity.AgencySession;
import org.iamemulator.core.identity.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The temporary credentials of assumed-agency sessions: issued by AssumeAgency, then accepted with their security
 * token until they expire. Not cached: one primary-key read per request.
 */
@Service
@Transactional
public class TemporaryCredentials {

    /**
     * How long an expired key is kept, so that its requests are answered "expired" rather than "unknown key"; older
     * rows are deleted when credentials are issued.
     */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(1);

    /** What AssumeAgency hands out. */
    public record Issued(
            String accessKeyId, String secretKey, String securityToken, Instant expiresAt, AgencySession session) {}

    private final TemporaryCredentialRepository credentials;
    private final SecurityTokens tokens;
    /** The {@code X-Auth-Token}s of sessions begun by an assume_role token login, which name the session's key. */
    private final SecurityTokens agencyTokens;

    private final Clock clock;

    TemporaryCredentials(TemporaryCredentialRepository credentials, CredentialSettings settings, Clock clock) {
        this.credentials = credentials;
        this.tokens = new SecurityTokens(settings.masterKey());
        this.agencyTokens = new SecurityTokens(settings.masterKey(), "agency-token");
        this.clock = clock;
    }

    /** Stores the session (its access key id is chosen here) and returns its credentials. */
    public Issued issue(AgencySession session) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        credentials.deleteExpiredBefore(now.minus(KEPT_AFTER_EXPIRY));
        AgencySession stored = session.withAccessKeyId(KeyMaterial.newTemporaryAccessKeyId());
        String secret = KeyMaterial.newSecretKey();
        credentials.save(new TemporaryCredential(stored, secret, now));
        String token =
                tokens.issue(new SecurityTokens.Claims(stored.accessKeyId(), stored.accountId(), stored.expiresAt()));
        return new Issued(stored.accessKeyId(), secret, token, stored.expiresAt(), stored);
    }

    /** An {@code X-Auth-Token} acting as the issued session until it expires (an assume_role token login). */
    public String agencyToken(Issued issued) {
        return agencyTokens.issue(
                new SecurityTokens.Claims(issued.accessKeyId(), issued.session().accountId(), issued.expiresAt()));
    }

    /**
     * The session an {@link #agencyToken} acts as; empty for a token that is not one.
     *
     * @throws AuthenticationException {@code TOKEN_EXPIRED} once the session expired
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Optional<Caller> agencyTokenCaller(String token) {
        Optional<AgencySession> session = agencyTokens
                .open(token)
                .flatMap(claims -> credentials.findById(claims.accessKeyId()))
                .map(TemporaryCredential::session);
        session.filter(found -> !found.expiresAt().isAfter(clock.instant())).ifPresent(expired -> {
            throw new AuthenticationException(
                    Reason.TOKEN_EXPIRED, expired.expiresAt().toString());
        });
        return session.map(Caller::of);
    }

    /** The temporary key with its secret, acting as its session; null when there is none with this id. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    KeyCredential key(String accessKeyId) {
        if (accessKeyId == null || !accessKeyId.startsWith(KeyMaterial.TEMPORARY_PREFIX)) {
            return null;
        }
        return credentials
                .findById(accessKeyId)
                .map(key -> new KeyCredential(key.accessKeyId(), key.secretKey(), Caller.of(key.session())))
                .orElse(null);
    }

    /**
     * Refuses a request by a temporary key without its security token ({@code securityToken} null), with a token
     * this emulator did not issue for the key, or after the key expired; and a permanent key with a token.
     */
    void requireToken(KeyCredential key, String securityToken) {
        AgencySession session = key.caller().session();
        if (session == null) {
            if (securityToken != null) {
                throw new AuthenticationException(Reason.SECURITY_TOKEN_INVALID, key.accessKeyId());
            }
            return;
        }
        if (securityToken == null) {
            throw new AuthenticationException(Reason.SECURITY_TOKEN_MISSING, key.accessKeyId());
        }
        boolean issuedForKey = tokens.open(securityToken)
                .filter(claims -> claims.accessKeyId().equals(key.accessKeyId()))
                .isPresent();
        if (!issuedForKey) {
            throw new AuthenticationException(Reason.SECURITY_TOKEN_INVALID, key.accessKeyId());
        }
        if (!session.expiresAt().isAfter(clock.instant())) {
            throw new AuthenticationException(
                    Reason.SECURITY_TOKEN_EXPIRED, session.expiresAt().toString());
        }
    }
}
