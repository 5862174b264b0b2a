package org.iamemulator.seed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.iamemulator.core.Ids;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.agency.AgencyService;
import org.iamemulator.core.agency.NewAgency;
import org.iamemulator.core.credential.CredentialProvisioning;
import org.iamemulator.core.error.ApiException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidTagException;
import org.iamemulator.core.federation.NewOidcProvider;
import org.iamemulator.core.federation.OidcProviderService;
import org.iamemulator.core.federation.SamlProviderChange;
import org.iamemulator.core.federation.SamlProviderService;
import org.iamemulator.core.group.GroupService;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.policy.NewPolicy;
import org.iamemulator.core.policy.PolicyAttachmentService;
import org.iamemulator.core.policy.PolicyRepository;
import org.iamemulator.core.policy.PolicyService;
import org.iamemulator.core.security.SecurityPolicyService;
import org.iamemulator.core.tag.ResourceTagService;
import org.iamemulator.core.tag.ResourceType;
import org.iamemulator.core.user.UserProvisioning;
import org.iamemulator.seed.Seed.SeedAccount;
import org.iamemulator.seed.Seed.SeedAgency;
import org.iamemulator.seed.Seed.SeedGroup;
import org.iamemulator.seed.Seed.SeedLogin;
import org.iamemulator.seed.Seed.SeedOidcProvider;
import org.iamemulator.seed.Seed.SeedPolicy;
import org.iamemulator.seed.Seed.SeedReference;
import org.iamemulator.seed.Seed.SeedRoot;
import org.iamemulator.seed.Seed.SeedSamlProvider;
import org.iamemulator.seed.Seed.SeedTag;
import org.iamemulator.seed.Seed.SeedUser;
import org.springframework.stereotype.Component;

/**
 * Writes one account's seed content into the store through the same core operations the APIs use (as the account's
 * root user, who may do everything), so a seed obeys exactly the rules an API client does. A broken rule is
 * reported at the seed element that broke it.
 */
@Component
class SeedApplier {

    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern USER_ID = Pattern.compile("[0-9a-f]{32}");

    private final AccountService accounts;
    private final UserProvisioning users;
    private final ResourceTagService tags;
    private final CredentialProvisioning credentials;
    private final PolicyService policies;
    private final PolicyRepository policyRepository;
    private final PolicyAttachmentService attachments;
    private final GroupService groups;
    private final AgencyService agencies;
    private final OidcProviderService oidcProviders;
    private final SamlProviderService samlProviders;
    private final SecurityPolicyService securityPolicies;
    private final Clock clock;

    SeedApplier(
            AccountService accounts,
            UserProvisioning users,
            ResourceTagService tags,
            CredentialProvisioning credentials,
            PolicyService policies,
            PolicyRepository policyRepository,
            PolicyAttachmentService attachments,
            GroupService groups,
            AgencyService agencies,
            OidcProviderService oidcProviders,
            SamlProviderService samlProviders,
            SecurityPolicyService securityPolicies,
            Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.tags = tags;
        this.credentials = credentials;
        this.policies = policies;
        this.policyRepository = policyRepository;
        this.attachments = attachments;
        this.groups = groups;
        this.agencies = agencies;
        this.oidcProviders = oidcProviders;
        this.samlProviders = samlProviders;
        this.securityPolicies = securityPolicies;
        this.clock = clock;
    }

    /** Creates the account with its root user and credentials. */
    void createAccount(String file, String path, String accountId, String accountName, SeedRoot root) {
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new SeedException(file, join(path, "id"), "must be 32 lower-case hexadecimal characters");
        }
        at(file, path, () -> accounts.ensureAccount(accountId, accountName));
        if (root == null) {
            return;
        }
        String rootUserId = accounts.rootCaller(accountId).userId();
        if (root.accessKey() != null || root.secretKey() != null) {
            if (root.accessKey() == null || root.secretKey() == null) {
                throw new SeedException(file, root.path(), "access_key and secret_key go together");
            }
            credentials.ensureAccessKey(rootUserId, root.accessKey(), root.secretKey(), true);
        }
        if (root.password() != null) {
            at(file, root.path(), () -> credentials.ensurePassword(rootUserId, root.password(), false));
        }
    }

    /** Writes users, policies, groups, agencies, attachments and identity providers into an existing account. */
    void applyContent(String file, String accountId, SeedAccount content) {
        Caller root = accounts.rootCaller(accountId);
        // before the users, whose passwords keep the password policy
        if (content.passwordPolicy() != null) {
            at(
                    file,
                    join(content.path(), "password_policy"),
                    () -> securityPolicies.updatePasswordPolicy(root, content.passwordPolicy()));
        }
        if (content.loginPolicy() != null) {
            at(
                    file,
                    join(content.path(), "login_policy"),
                    () -> securityPolicies.updateLoginPolicy(root, content.loginPolicy()));
        }
        Map<String, String> userIds = new HashMap<>();
        for (SeedUser user : content.users()) {
            userIds.put(user.name(), createUser(file, root, user));
        }
        Map<String, String> policyIds = new HashMap<>();
        for (SeedPolicy policy : content.policies()) {
            policyIds.put(
                    policy.name(),
                    at(
                                    file,
                                    policy.path(),
                                    () -> policies.create(
                                            root,
                                            new NewPolicy(
                                                    policy.name(),
                                                    policy.policyPath(),
                                                    policy.document(),
                                                    policy.description())))
                            .id());
        }
        for (SeedUser user : content.users()) {
            for (SeedReference policy : user.policies()) {
                String policyId = policyId(file, policyIds, policy);
                at(file, policy.path(), () -> attachments.attachToUser(root, policyId, userIds.get(user.name())));
            }
        }
        for (SeedGroup group : content.groups()) {
            String groupId = at(file, group.path(), () -> groups.create(root, group.name(), group.description()))
                    .id();
            for (SeedReference member : group.members()) {
                String userId = userIds.get(member.name());
                if (userId == null) {
                    throw new SeedException(file, member.path(), "no user named " + member.name() + " in this seed");
                }
                at(file, member.path(), () -> groups.addUser(root, groupId, userId));
            }
            for (SeedReference policy : group.policies()) {
                String policyId = policyId(file, policyIds, policy);
                at(file, policy.path(), () -> attachments.attachToGroup(root, policyId, groupId));
            }
        }
        for (SeedAgency agency : content.agencies()) {
            createAgency(file, root, agency, policyIds);
        }
        for (SeedOidcProvider provider : content.oidcProviders()) {
            String providerId = at(
                            file,
                            provider.path(),
                            () -> oidcProviders.create(
                                    root,
                                    new NewOidcProvider(
                                            provider.name(),
                                            provider.url(),
                                            provider.clientIds(),
                                            provider.thumbprints(),
                                            provider.description(),
                                            provider.jwks())))
                    .id();
            tag(file, root, ResourceType.OIDC_PROVIDER, providerId, provider.tags());
        }
        for (SeedSamlProvider provider : content.samlProviders()) {
            String providerId = at(
                            file,
                            provider.path(),
                            () -> samlProviders.create(
                                    root,
                                    provider.name(),
                                    new SamlProviderChange(
                                            provider.metadataDocument(), null, null, null, provider.description())))
                    .id();
            tag(file, root, ResourceType.SAML_PROVIDER, providerId, provider.tags());
        }
    }

    private String createUser(String file, Caller root, SeedUser user) {
        if (user.id() != null && !USER_ID.matcher(user.id()).matches()) {
            throw new SeedException(file, join(user.path(), "id"), "must be 32 lower-case hexadecimal characters");
        }
        String userId = user.id() != null ? user.id() : Ids.random();
        at(
                file,
                user.path(),
                () -> users.ensureUser(
                        root.accountId(),
                        userId,
                        user.name(),
                        user.description() == null ? "" : user.description(),
                        user.enabled(),
                        Map.of()));
        tag(file, root, ResourceType.USER, userId, user.tags());
        if (user.password() != null) {
            at(
                    file,
                    user.path(),
                    () -> credentials.ensurePassword(userId, user.password(), user.passwordResetRequired()));
        }
        user.accessKeys()
                .forEach(key -> at(
                        file,
                        key.path(),
                        () -> credentials.ensureAccessKey(
                                userId, key.accessKeyId(), key.secretAccessKey(), key.active())));
        for (SeedLogin login : user.logins()) {
            users.recordLogin(userId, instant(file, login), login.sourceIp());
        }
        return userId;
    }

    private void createAgency(String file, Caller root, SeedAgency agency, Map<String, String> policyIds) {
        String agencyId = at(
                        file,
                        agency.path(),
                        () -> agencies.create(
                                root,
                                new NewAgency(
                                        agency.name(),
                                        agency.agencyPath(),
                                        agency.trustPolicy(),
                                        agency.maxSessionDuration(),
                                        agency.description())))
                .id();
        tag(file, root, ResourceType.AGENCY, agencyId, agency.tags());
        for (SeedReference policy : agency.policies()) {
            String policyId = policyId(file, policyIds, policy);
            at(file, policy.path(), () -> attachments.attachToAgency(root, policyId, agencyId));
        }
    }

    /** Tags one by one, so that a broken rule is reported at the tag that broke it. */
    private void tag(String file, Caller root, ResourceType type, String resourceId, List<SeedTag> seeded) {
        Set<String> tagKeys = new HashSet<>();
        for (SeedTag tag : seeded) {
            if (!tagKeys.add(tag.key())) {
                throw new SeedException(file, join(tag.path(), "tag_key"), "duplicate key " + tag.key());
            }
            try {
                tags.tag(root, type, resourceId, List.of(new AbstractMap.SimpleEntry<>(tag.key(), tag.value())));
            } catch (InvalidTagException e) {
                throw new SeedException(file, e.field() == null ? tag.path() : join(tag.path(), e.field()), e.detail());
            }
        }
    }

    private String policyId(String file, Map<String, String> seeded, SeedReference reference) {
        String id = seeded.get(reference.name());
        if (id != null) {
            return id;
        }
        return policyRepository
                .findByAccountIdIsNullAndName(reference.name())
                .orElseThrow(() -> new SeedException(
                        file,
                        reference.path(),
                        "no policy named " + reference.name() + " in this seed or among the system policies"))
                .id();
    }

    private Instant instant(String file, SeedLogin login) {
        try {
            return login.relative()
                    ? clock.instant().minus(Duration.parse(login.at().substring(1)))
                    : Instant.parse(login.at());
        } catch (DateTimeParseException e) {
            throw new SeedException(
                    file,
                    join(login.path(), "at"),
                    "must be an ISO-8601 instant (2024-01-31T08:00:00Z) or a negative duration (-P90D)");
        }
    }

    /** Runs a core operation, reporting its refusal at the seed element (and field) it concerns. */
    private static <T> T at(String file, String path, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (InvalidInputException e) {
            throw new SeedException(file, join(path, e.field()), e.rule());
        } catch (ApiException e) {
            throw new SeedException(file, path, e.getMessage());
        }
    }

    private static void at(String file, String path, Runnable operation) {
        at(file, path, () -> {
            operation.run();
            return null;
        });
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
