package org.iamemulator.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT_ROOT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.support.IdTokens;
import org.junit.jupiter.api.Test;

/** OIDC provider rules over providers in memory: input rules, defaults, uniqueness, quotas, client ids, accounts. */
class OidcProviderServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.890Z");
    private static final String URL = "https://idp.example.test";
    private static final String THUMBPRINT = "ab".repeat(32);
    private static final String JWKS = IdTokens.jwks(IdTokens.rsa("rsa-1"));

    private final UserFixtures users = new UserFixtures();
    private final FederationFixtures providers =
            new FederationFixtures(users.allowAll, Clock.fixed(NOW, ZoneOffset.UTC));
    private final OidcProviderService service = providers.oidc;

    @Test
    void createsAProviderWithTheDocumentedDefaults() {
        OidcProviderView provider = create("github");

        assertThat(provider.urn()).isEqualTo("iam::" + ACCOUNT + ":oidc-provider:github");
        assertThat(provider.accountId()).isEqualTo(ACCOUNT);
        assertThat(provider.url()).isEqualTo(URL);
        assertThat(provider.clientIds()).containsExactly("client-a");
        assertThat(provider.thumbprints()).isEmpty();
        assertThat(provider.description()).isEmpty();
        assertThat(provider.jwks()).isEqualTo(JsonWebKeys.EMPTY);
        assertThat(provider.createdAt()).isEqualTo(Instant.parse("2025-03-04T05:06:07Z"));
        assertThat(provider.id()).matches("[0-9a-f]{32}");
        assertThat(users.checks).containsExactly("iam:oidcProviders:createV5 " + provider.urn());
    }

    @Test
    void keepsWhatIsGiven() {
        OidcProviderView provider = service.create(
                users.rootCaller,
                new NewOidcProvider(
                        "github", URL, List.of("client-a", "client-b"), List.of(THUMBPRINT), "CI tokens", JWKS));

        assertThat(provider.clientIds()).containsExactly("client-a", "client-b");
        assertThat(provider.thumbprints()).containsExactly(THUMBPRINT);
        assertThat(provider.description()).isEqualTo("CI tokens");
        assertThat(provider.jwks()).isEqualTo(JWKS);
    }

    @Test
    void refusesFieldsOutsideTheRulesBeforeAskingPermission() {
        assertRefused(new NewOidcProvider(null, URL, List.of("c"), null, null, null), "name");
        assertRefused(new NewOidcProvider("has space", URL, List.of("c"), null, null, null), "name");
        assertRefused(new NewOidcProvider("x".repeat(65), URL, List.of("c"), null, null, null), "name");
        assertRefused(new NewOidcProvider("p", null, List.of("c"), null, null, null), "url");
        assertRefused(new NewOidcProvider("p", "http://idp.example.test", List.of("c"), null, null, null), "url");
        assertRefused(new NewOidcProvider("p", URL + "?tenant=1", List.of("c"), null, null, null), "url");
        assertRefused(new NewOidcProvider("p", URL + "/" + "x".repeat(255), List.of("c"), null, null, null), "url");
        assertRefused(new NewOidcProvider("p", URL, null, null, null, null), "client_ids");
        assertRefused(new NewOidcProvider("p", URL, List.of(), null, null, null), "client_ids");
        assertRefused(new NewOidcProvider("p", URL, List.of("c", "c"), null, null, null), "client_ids");
        assertRefused(new NewOidcProvider("p", URL, List.of("x".repeat(256)), null, null, null), "client_ids");
        assertRefused(new NewOidcProvider("p", URL, List.of("c"), List.of("not-hex"), null, null), "thumbprints");
        assertRefused(new NewOidcProvider("p", URL, List.of("c"), null, "50% off", null), "description");
        assertRefused(new NewOidcProvider("p", URL, List.of("c"), null, null, "{\"no\":\"keys\"}"), "jwks");

        assertThat(users.checks).isEmpty();
        assertThat(providers.oidcRows.rows()).isEmpty();
    }

    @Test
    void allowsAtMostFiveThumbprintsAndAHundredClientIds() {
        List<String> sixThumbprints = List.of(THUMBPRINT, THUMBPRINT, THUMBPRINT, THUMBPRINT, THUMBPRINT, THUMBPRINT);
        assertRefused(new NewOidcProvider("p", URL, List.of("c"), sixThumbprints, null, null), "thumbprints");
        assertRefused(new NewOidcProvider("p", URL, clientIds(101), null, null, null), "client_ids");

        assertThatCode(() -> service.create(
                        users.rootCaller,
                        new NewOidcProvider("p", URL, clientIds(100), sixThumbprints.subList(0, 5), null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void namesAreUniquePerAccount() {
        create("github");

        assertThatThrownBy(() -> create("github"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("github");
        assertThatCode(() -> service.create(
                        OTHER_ACCOUNT_ROOT, new NewOidcProvider("github", URL, List.of("c"), null, null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void anAccountHoldsAtMostAHundredProviders() {
        for (int i = 0; i < Quota.OIDC_PROVIDERS_PER_ACCOUNT.limit(); i++) {
            create("provider" + i);
        }

        assertThatThrownBy(() -> create("one-too-many"))
                .isInstanceOf(LimitExceededException.class)
                .hasFieldOrPropertyWithValue("quota", Quota.OIDC_PROVIDERS_PER_ACCOUNT);
        assertThat(Quota.OIDC_PROVIDERS_PER_ACCOUNT.limit()).isEqualTo(100);
    }

    @Test
    void anotherAccountsProviderIsNotFound() {
        String id = create("github").id();
        users.checks.clear();

        assertThatThrownBy(() -> service.show(OTHER_ACCOUNT_ROOT, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(OTHER_ACCOUNT_ROOT, id, "mine now", null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(OTHER_ACCOUNT_ROOT, id)).isInstanceOf(NotFoundException.class);
        assertThat(users.checks)
                .containsExactly(
                        "iam:oidcProviders:getV5 iam::" + OTHER_ACCOUNT + ":oidc-provider:*",
                        "iam:oidcProviders:updateV5 iam::" + OTHER_ACCOUNT + ":oidc-provider:*",
                        "iam:oidcProviders:deleteV5 iam::" + OTHER_ACCOUNT + ":oidc-provider:*");
        assertThat(service.show(users.rootCaller, id).description()).isEmpty();
    }

    @Test
    void refusesAMalformedProviderId() {
        assertThatThrownBy(() -> service.show(users.rootCaller, "not/an/id"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "provider_id")
                .extracting("source")
                .isEqualTo(InvalidInputException.Source.PARAMETER);
    }

    @Test
    void updatesOnlyWhatIsGiven() {
        OidcProviderView provider = create("github");
        users.checks.clear();

        service.update(users.rootCaller, provider.id(), "CI tokens", null);
        service.update(users.rootCaller, provider.id(), null, JWKS);

        OidcProviderView updated = service.show(users.rootCaller, provider.id());
        assertThat(updated.description()).isEqualTo("CI tokens");
        assertThat(updated.jwks()).isEqualTo(JWKS);
        assertThat(users.checks).startsWith("iam:oidcProviders:updateV5 " + provider.urn());
        assertThatThrownBy(() -> service.update(users.rootCaller, provider.id(), null, "[]"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "jwks");
        assertThat(service.show(users.rootCaller, provider.id()).jwks()).isEqualTo(JWKS);
    }

    @Test
    void thumbprintsAreReplacedByOneToFive() {
        String id = create("github").id();

        service.updateThumbprints(users.rootCaller, id, List.of(THUMBPRINT));

        assertThat(service.show(users.rootCaller, id).thumbprints()).containsExactly(THUMBPRINT);
        assertThatThrownBy(() -> service.updateThumbprints(users.rootCaller, id, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "thumbprints");
        assertThatThrownBy(() -> service.updateThumbprints(users.rootCaller, id, null))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "thumbprints");
    }

    @Test
    void addingAClientIdTwiceAddsItOnceUpToAHundred() {
        String id = create("github").id();

        service.addClientId(users.rootCaller, id, "client-b");
        service.addClientId(users.rootCaller, id, "client-b");

        assertThat(service.show(users.rootCaller, id).clientIds()).containsExactly("client-a", "client-b");
        clientIds(98).forEach(clientId -> service.addClientId(users.rootCaller, id, "more-" + clientId));
        assertThatThrownBy(() -> service.addClientId(users.rootCaller, id, "one-too-many"))
                .isInstanceOf(LimitExceededException.class)
                .hasFieldOrPropertyWithValue("quota", Quota.CLIENT_IDS_PER_OIDC_PROVIDER);
        assertThatCode(() -> service.addClientId(users.rootCaller, id, "client-b"))
                .doesNotThrowAnyException();
    }

    @Test
    void removingAnUnknownClientIdChangesNothingAndTheLastOneStays() {
        String id = service.create(
                        users.rootCaller,
                        new NewOidcProvider("github", URL, List.of("client-a", "client-b"), null, null, null))
                .id();

        service.removeClientId(users.rootCaller, id, "client-unknown");
        service.removeClientId(users.rootCaller, id, "client-a");

        assertThat(service.show(users.rootCaller, id).clientIds()).containsExactly("client-b");
        assertThatThrownBy(() -> service.removeClientId(users.rootCaller, id, "client-b"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("at least one client id");
        assertThatThrownBy(() -> service.removeClientId(users.rootCaller, id, ""))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "client_id");
    }

    @Test
    void deletesTheProviderAfterAskingOnItsUrn() {
        OidcProviderView provider = create("github");
        users.checks.clear();

        service.delete(users.rootCaller, provider.id());

        assertThat(providers.oidcRows.rows()).isEmpty();
        assertThat(users.checks).containsExactly("iam:oidcProviders:deleteV5 " + provider.urn());
        assertThatThrownBy(() -> service.show(users.rootCaller, provider.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsTheAccountsProvidersPageByPage() {
        List<String> ids = new ArrayList<>();
        IntStream.range(0, 3).forEach(i -> ids.add(create("provider" + i).id()));
        service.create(OTHER_ACCOUNT_ROOT, new NewOidcProvider("elsewhere", URL, List.of("c"), null, null, null));
        users.checks.clear();

        Page<OidcProviderView> first = service.list(users.rootCaller, PageRequest.of(2, null));
        Page<OidcProviderView> second = service.list(users.rootCaller, PageRequest.of(2, first.nextMarker()));

        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
        assertThat(second.nextMarker()).isNull();
        assertThat(first.items().stream().map(OidcProviderView::id))
                .doesNotContainAnyElementsOf(
                        second.items().stream().map(OidcProviderView::id).toList());
        assertThat(users.checks).containsOnly("iam:oidcProviders:listV5 iam::" + ACCOUNT + ":oidc-provider:*");
    }

    @Test
    void anAssumeFindsTheProviderByUrnInAnyAccount() {
        OidcProviderView provider =
                service.create(OTHER_ACCOUNT_ROOT, new NewOidcProvider("github", URL, List.of("c"), null, null, null));

        assertThat(service.findByUrn(provider.urn()))
                .get()
                .extracting(OidcProviderView::id)
                .isEqualTo(provider.id());
        assertThat(service.findByUrn("iam::" + ACCOUNT + ":oidc-provider:github"))
                .isEmpty();
        assertThat(service.findByUrn("iam::" + OTHER_ACCOUNT + ":saml-provider:github"))
                .isEmpty();
        assertThat(service.findByUrn("github")).isEmpty();
        assertThat(service.findByUrn(null)).isEmpty();
    }

    private OidcProviderView create(String name) {
        return service.create(users.rootCaller, new NewOidcProvider(name, URL, List.of("client-a"), null, null, null));
    }

    private void assertRefused(NewOidcProvider request, String field) {
        assertThatThrownBy(() -> service.create(users.rootCaller, request))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field);
    }

    private static List<String> clientIds(int count) {
        return IntStream.range(0, count).mapToObj(i -> "client-" + i).toList();
    }
}
