package org.iamemulator.core.federation;

import java.time.Clock;
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
 * OIDC identity providers of the caller's account. Every operation asks the permission check on the provider's URN
 * {@code iam::<account>:oidc-provider:<name>} with its tags as {@code g:ResourceTag/<key>}.
 */
@Service
@Transactional
public class OidcProviderService implements TaggableResources {

    static final String ENTITY = "oidc provider";

    private final OidcProviderRepository providers;
    private final PermissionCheck permissions;
    private final Clock clock;

    public OidcProviderService(OidcProviderRepository providers, PermissionCheck permissions, Clock clock) {
        this.providers = providers;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** CreateOIDCProviderV5; the names of an account's providers are unique. */
    public OidcProviderView create(Caller caller, NewOidcProvider request) {
        FederationRules.checkName(request.name());
        FederationRules.checkUrl(request.url());
        FederationRules.checkClientIds(request.clientIds());
        FederationRules.checkThumbprints(request.thumbprints(), 0);
        FederationRules.checkDescription(request.description());
        String jwks = request.jwks() == null ? JsonWebKeys.EMPTY : request.jwks();
        checkJwks(jwks);
        permissions.require(
                caller,
                FederationActions.CREATE_OIDC,
                new ProtectedResource(OidcProvider.urn(caller.accountId(), request.name()), Map.of(), false));
        if (providers.existsByAccountIdAndName(caller.accountId(), request.name())) {
            throw new ConflictException(ENTITY, "provider name already exists: " + request.name());
        }
        LimitExceededException.check(Quota.OIDC_PROVIDERS_PER_ACCOUNT, providers.countByAccountId(caller.accountId()));
        NewOidcProvider resolved = new NewOidcProvider(
                request.name(),
                request.url(),
                request.clientIds(),
                request.thumbprints() == null ? List.of() : request.thumbprints(),
                request.description() == null ? "" : request.description(),
                jwks);
        return OidcProviderView.of(providers.save(new OidcProvider(
                Ids.random(), caller.accountId(), resolved, clock.instant().truncatedTo(ChronoUnit.SECONDS))));
    }

    @Transactional(readOnly = true)
    public OidcProviderView show(Caller caller, String providerId) {
        return OidcProviderView.of(authorized(caller, providerId, FederationActions.GET_OIDC, Map.of()));
    }

    @Transactional(readOnly = true)
    public Page<OidcProviderView> list(Caller caller, PageRequest page) {
        permissions.require(
                caller,
                FederationActions.LIST_OIDC,
                new ProtectedResource(OidcProvider.urn(caller.accountId(), "*"), Map.of(), false));
        List<OidcProvider> rows = providers.findPage(caller.accountId(), page.afterKey(), Limit.of(page.limit() + 1));
        return Page.fromLookahead(rows, page.limit(), OidcProvider::id).map(OidcProviderView::of);
    }

    /** UpdateOIDCProviderV5: the description, and the emulator's {@code jwks}; either may be null to keep it. */
    public void update(Caller caller, String providerId, String description, String jwks) {
        FederationRules.checkDescription(description);
        if (jwks != null) {
            checkJwks(jwks);
        }
        OidcProvider provider = authorized(caller, providerId, FederationActions.UPDATE_OIDC, Map.of());
        if (description != null) {
            provider.describe(description);
        }
        if (jwks != null) {
            provider.replaceJwks(jwks);
        }
    }

    public void updateThumbprints(Caller caller, String providerId, List<String> thumbprints) {
        FederationRules.checkThumbprints(thumbprints, 1);
        authorized(caller, providerId, FederationActions.UPDATE_OIDC_THUMBPRINT, Map.of())
                .replaceThumbprints(thumbprints);
    }

    /** AddClientIDToOIDCProviderV5: adding a registered client id again changes nothing. */
    public void addClientId(Caller caller, String providerId, String clientId) {
        FederationRules.checkClientId("client_id", clientId);
        OidcProvider provider = authorized(caller, providerId, FederationActions.ADD_OIDC_CLIENT_ID, Map.of());
        if (!provider.clientIds().contains(clientId)) {
            LimitExceededException.check(
                    Quota.CLIENT_IDS_PER_OIDC_PROVIDER, provider.clientIds().size());
        }
        provider.addClientId(clientId);
    }

    /** RemoveClientIDFromOIDCProviderV5: removing an unknown client id changes nothing; the last one stays. */
    public void removeClientId(Caller caller, String providerId, String clientId) {
        FederationRules.checkClientId("client_id", clientId);
        OidcProvider provider = authorized(caller, providerId, FederationActions.REMOVE_OIDC_CLIENT_ID, Map.of());
        if (provider.clientIds().equals(List.of(clientId))) {
            throw new ConflictException(ENTITY, "a provider keeps at least one client id");
        }
        provider.removeClientId(clientId);
    }

    /** DeleteOIDCProviderV5: trust policies naming the provider are left as they are. */
    public void delete(Caller caller, String providerId) {
        providers.delete(authorized(caller, providerId, FederationActions.DELETE_OIDC, Map.of()));
    }

    /** The provider an assume request names by URN, in whichever account it is. No permission check. */
    @Transactional(readOnly = true)
    public Optional<OidcProviderView> findByUrn(String providerUrn) {
        return ProviderUrn.parse(providerUrn, "oidc-provider")
                .flatMap(urn -> providers.findByAccountIdAndName(urn.accountId(), urn.name()))
                .map(OidcProviderView::of);
    }

    @Override
    public ResourceType type() {
        return ResourceType.OIDC_PROVIDER;
    }

    @Override
    public Taggable authorizedForTagging(
            Caller caller, String providerId, String action, Map<String, List<String>> requestConditions) {
        return authorized(caller, providerId, action, requestConditions);
    }

    private OidcProvider authorized(Caller caller, String providerId, String action, Map<String, List<String>> extra) {
        UserRules.checkIdParameter("provider_id", providerId);
        return permissions.requireFound(
                caller,
                action,
                providers.findByIdAndAccountId(providerId, caller.accountId()),
                provider -> new ProtectedResource(provider.urn(), provider.tags(), false),
                OidcProvider.urn(caller.accountId(), "*"),
                () -> new NotFoundException(ENTITY, providerId),
                extra);
    }

    private static void checkJwks(String jwks) {
        try {
            JsonWebKeys.parse(jwks);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("jwks", "(JWKS document)", e.getMessage());
        }
    }
}
