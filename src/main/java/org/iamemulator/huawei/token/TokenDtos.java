package org.iamemulator.huawei.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Bodies of the Keystone-style token API ({@code /v3/auth/...}) that the SDKs and console use. */
final class TokenDtos {

    private TokenDtos() {}

    record TokenRequest(Auth auth) {}

    record Auth(Identity identity) {}

    record Identity(
            List<String> methods,
            Password password,
            Totp totp,
            @JsonProperty("assume_role") AssumeRole assumeRole) {}

    /** The agency of an assume_role login: its account by id or name, its name, and the optional session. */
    record AssumeRole(
            @JsonProperty("domain_id") String domainId,
            @JsonProperty("domain_name") String domainName,
            @JsonProperty("agency_name") String agencyName,
            @JsonProperty("duration_seconds") Integer durationSeconds,
            @JsonProperty("session_user") SessionUser sessionUser) {}

    record SessionUser(String name) {}

    /** The second factor of KeystoneCreateUserTokenByPasswordAndMfa: the user's id and the current MFA code. */
    record Totp(TotpUser user) {}

    record TotpUser(String id, String passcode) {}

    record Password(PasswordUser user) {}

    record PasswordUser(String name, String password, DomainRef domain) {}

    record DomainRef(String id, String name) {}

    record TokenResponse(Token token) {}

    /** {@code assumed_by} only in an assume_role login's token: the user who assumed the agency. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Token(
            @JsonProperty("expires_at") String expiresAt,
            @JsonProperty("issued_at") String issuedAt,
            List<String> methods,
            TokenUser user,
            DomainRef domain,
            List<Object> roles,
            List<Object> catalog,
            @JsonProperty("assumed_by") AssumedBy assumedBy) {}

    /** {@code password_expires_at} is absent for an agency (an assume_role login's user). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TokenUser(
            String id,
            String name,
            DomainRef domain,
            @JsonProperty("password_expires_at") String passwordExpiresAt) {}

    record AssumedBy(TokenUser user) {}

    record DomainsResponse(List<Domain> domains) {}

    record Domain(String id, String name, boolean enabled, String description) {}
}
