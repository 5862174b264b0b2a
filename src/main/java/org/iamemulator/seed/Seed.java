package org.iamemulator.seed;

import java.util.List;
import org.iamemulator.core.security.LoginPolicyChange;
import org.iamemulator.core.security.PasswordPolicyChange;

/**
 * The declarative starting state of the emulator, as read from a seed file. Every element remembers where it
 * stands in the file ({@code path}) so that a rule it breaks can be reported there.
 */
public record Seed(String file, SeedAccount defaultAccount, List<SeedAccount> accounts) {

    /**
     * An account's content; {@code id}, {@code name} and {@code root} are null for the configured default;
     * {@code passwordPolicy} and {@code loginPolicy} are null when the seed does not change them.
     */
    public record SeedAccount(
            String path,
            String id,
            String name,
            SeedRoot root,
            List<SeedUser> users,
            List<SeedGroup> groups,
            List<SeedPolicy> policies,
            List<SeedAgency> agencies,
            List<SeedOidcProvider> oidcProviders,
            List<SeedSamlProvider> samlProviders,
            PasswordPolicyChange passwordPolicy,
            LoginPolicyChange loginPolicy) {}

    public record SeedRoot(String path, String accessKey, String secretKey, String password) {}

    public record SeedUser(
            String path,
            String id,
            String name,
            String description,
            boolean enabled,
            List<SeedTag> tags,
            String password,
            boolean passwordResetRequired,
            List<SeedAccessKey> accessKeys,
            List<SeedLogin> logins,
            List<SeedReference> policies) {}

    public record SeedTag(String path, String key, String value) {}

    public record SeedAccessKey(String path, String accessKeyId, String secretAccessKey, boolean active) {}

    /** {@code at} is an instant or, for a time relative to loading, a negative ISO duration such as -P90D. */
    public record SeedLogin(String path, String at, String sourceIp) {

        /** Whether {@code at} is relative to loading (a negative duration) rather than an instant. */
        public boolean relative() {
            return at.startsWith("-P");
        }
    }

    public record SeedGroup(
            String path, String name, String description, List<SeedReference> members, List<SeedReference> policies) {}

    public record SeedPolicy(String path, String name, String policyPath, String description, String document) {}

    /** {@code maxSessionDuration} is null for the default; the trust policy is JSON text. */
    public record SeedAgency(
            String path,
            String name,
            String agencyPath,
            String trustPolicy,
            Integer maxSessionDuration,
            String description,
            List<SeedTag> tags,
            List<SeedReference> policies) {}

    /** {@code jwks} is the provider's signing keys as JWKS text (null: none). */
    public record SeedOidcProvider(
            String path,
            String name,
            String url,
            List<String> clientIds,
            List<String> thumbprints,
            String description,
            String jwks,
            List<SeedTag> tags) {}

    public record SeedSamlProvider(
            String path, String name, String metadataDocument, String description, List<SeedTag> tags) {}

    /** A name that refers to another element of the seed (a user, a policy), kept with its own place. */
    public record SeedReference(String path, String name) {}
}
