package org.iamemulator.core.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iamemulator.core.Ids;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.authz.ProtectedResource;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.tag.ResourceType;
import org.iamemulator.core.tag.Taggable;
import org.iamemulator.core.tag.TaggableResources;
import org.iamemulator.core.user.UserRules;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SAML identity providers of the caller's account. Every operation asks the permission check on the provider's URN
 * {@code iam::<account>:saml-provider:<name>} with its tags as {@code g:ResourceTag/<key>}. Private keys are only
 * registered by id: the emulator does not decrypt assertions (docs/identity.md).
 */
@Service
@Transactional
public class SamlProviderService implements TaggableResources {

    static final String ENTITY = "saml provider";
    /** How long a provider whose metadata has no {@code validUntil} is valid, from when the metadata was given. */
    static final Duration DEFAULT_VALIDITY = Duration.ofDays(3650);

    private final SamlProviderRepository providers;
    private final PermissionCheck permissions;
    private final Clock clock;

    public SamlProviderService(SamlProviderRepository providers, PermissionCheck permissions, Clock clock) {
        this.providers = providers;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** CreateSAMLProviderV5; encryption mode Allowed unless given. */
    public SamlProviderView create(Caller caller, String name, SamlProviderChange request) {
        FederationRules.checkName(name);
        if (request.metadataDocument() == null) {
            throw InvalidInputException.missingField("saml_metadata_document");
        }
        SamlMetadata metadata = FederationRules.parseMetadata(request.metadataDocument());
        FederationRules.checkEncryptionMode(request.assertionEncryptionMode());
        String keyId = request.addPrivateKey() == null ? null : FederationRules.privateKeyId(request.addPrivateKey());
        FederationRules.checkDescription(request.description());
        permissions.require(
                caller,
                FederationActions.CREATE_SAML,
                new ProtectedResource(SamlProvider.urn(caller.accountId(), name), Map.of(), false));
        if (providers.existsByAccountIdAndName(caller.accountId(), name)) {
            throw new ConflictException(ENTITY, "provider name already exists: " + name);
        }
        LimitExceededException.check(Quota.SAML_PROVIDERS_PER_ACCOUNT, providers.countByAccountId(caller.accountId()));
        Instant now = now();
        SamlProvider provider = new SamlProvider(
                Ids.random(),
                caller.accountId(),
                name,
                request.description() == null ? "" : request.description(),
                now);
        provider.useMetadata(request.metadataDocument(), expiry(metadata, now));
        provider.encryptAssertions(
                request.assertionEncryptionMode() == null ? "Allowed" : request.assertionEncryptionMode());
        if (keyId != null) {
            provider.addPrivateKey(keyId, now);
        }
        return SamlProviderView.of(providers.save(provider));
    }

    @Transactional(readOnly = true)
    public SamlProviderView show(Caller caller, String providerId) {
        return SamlProviderView.of(authorized(caller, providerId, FederationActions.GET_SAML, Map.of()));
    }

    @Transactional(readOnly = true)
    public Page<SamlProviderView> list(Caller caller, PageRequest page) {
        permissions.require(
                caller,
                FederationActions.LIST_SAML,
                new ProtectedResource(SamlProvider.urn(caller.accountId(), "*"), Map.of(), false));
        List<SamlProvider> rows = providers.findPage(caller.accountId(), page.afterKey(), Limit.of(page.limit() + 1));
        return Page.fromLookahead(rows, page.limit(), SamlProvider::id).map(SamlProviderView::of);
    }

    /**
     * UpdateSAMLProviderV5: every field is optional. A key is added in one request and the old one removed in
     * another; removing an unknown key id is 404.
     */
    public SamlProviderView update(Caller caller, String providerId, SamlProviderChange change) {
        SamlMetadata metadata =
                change.metadataDocument() == null ? null : FederationRules.parseMetadata(change.metadataDocument());
        FederationRules.checkEncryptionMode(change.assertionEncryptionMode());
        String keyId = change.addPrivateKey() == null ? null : FederationRules.privateKeyId(change.addPrivateKey());
        if (change.removePrivateKey() != null) {
            FederationRules.checkKeyId(change.removePrivateKey());
        }
        FederationRules.checkDescription(change.description());
        SamlProvider provider = authorized(caller, providerId, FederationActions.UPDATE_SAML, Map.of());
        if (change.removePrivateKey() != null && !provider.privateKeys().containsKey(change.removePrivateKey())) {
            throw new NotFoundException("private key", change.removePrivateKey());
        }
        Instant now = now();
        if (metadata != null) {
            provider.useMetadata(change.metadataDocument(), expiry(metadata, now));
        }
        if (change.assertionEncryptionMode() != null) {
            provider.encryptAssertions(change.assertionEncryptionMode());
        }
        if (keyId != null) {
            provider.addPrivateKey(keyId, now);
        }
        if (change.removePrivateKey() != null) {
            provider.removePrivateKey(change.removePrivateKey());
        }
        if (change.description() != null) {
            provider.describe(change.description());
        }
        return SamlProviderView.of(provider);
    }

    /** DeleteSAMLProviderV5: trust policies naming the provider are left as they are. */
    public void delete(Caller caller, String providerId) {
        providers.delete(authorized(caller, providerId, FederationActions.DELETE_SAML, Map.of()));
    }

    /** The provider an assume request names by URN, in whichever account it is. No permission check. */
    @Transactional(readOnly = true)
    public Optional<SamlProviderView> findByUrn(String providerUrn) {
        return ProviderUrn.parse(providerUrn, "saml-provider")
                .flatMap(urn -> providers.findByAccountIdAndName(urn.accountId(), urn.name()))
                .map(SamlProviderView::of);
    }

    @Override
    public ResourceType type() {
        return ResourceType.SAML_PROVIDER;
    }

    @Override
    public Taggable authorizedForTagging(
            Caller caller, String providerId, String action, Map<String, List<String>> requestConditions) {
        return authorized(caller, providerId, action, requestConditions);
    }

    private SamlProvider authorized(Caller caller, String providerId, String action, Map<String, List<String>> extra) {
        UserRules.checkIdParameter("provider_id", providerId);
        return permissions.requireFound(
                caller,
                action,
                providers.findByIdAndAccountId(providerId, caller.accountId()),
                provider -> new ProtectedResource(provider.urn(), provider.tags(), false),
                SamlProvider.urn(caller.accountId(), "*"),
                () -> new NotFoundException(ENTITY, providerId),
                extra);
    }

    private static Instant expiry(SamlMetadata metadata, Instant now) {
        return metadata.validUntil().orElse(now.plus(DEFAULT_VALIDITY)).truncatedTo(ChronoUnit.SECONDS);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
