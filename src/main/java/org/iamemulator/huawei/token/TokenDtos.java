package org.iamemulator.huawei.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Bodies of the Keystone-style token API ({@code /v3/auth/...}) that the SDKs and console use. */
final class TokenDtos {

    private TokenDtos() {}

    record TokenRequest(Auth auth) {}

    record Auth(Identity identity) {}

    record Identity(List<String> methods, Password password, Totp totp) {}

    /** The second factor of KeystoneCreateUserTokenByPasswordAndMfa: the user's id and the current MFA code. */
    record Totp(TotpUser user) {}

    record TotpUser(String id, String passcode) {}

    record Password(PasswordUser user) {}

    record PasswordUser(String name, String password, DomainRef domain) {}

    record DomainRef(String id, String name) {}

    record TokenResponse(Token token) {}

    record Token(
            @JsonProperty("expires_at") String expiresAt,
            @JsonProperty("issued_at") String issuedAt,
            List<String> methods,
            TokenUser user,
            DomainRef domain,
            List<Object> roles,
            List<Object> catalog) {}

    record TokenUser(
            String id,
            String name,
            DomainRef domain,
            @JsonProperty("password_expires_at") String passwordExpiresAt) {}

    record DomainsResponse(List<Domain> domains) {}

    record Domain(String id, String name, boolean enabled, String description) {}
}
