package org.iamemulator.core.federation;

import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.support.FakeRepository;
import org.springframework.data.domain.Limit;

/** OIDC and SAML providers in memory behind the real services, for unit tests of those and of the assumes. */
public final class FederationFixtures {

    public final FakeRepository<OidcProvider, String> oidcRows = new FakeRepository<>(OidcProvider::id);
    public final FakeRepository<SamlProvider, String> samlRows = new FakeRepository<>(SamlProvider::id);
    public final OidcProviderService oidc;
    public final SamlProviderService saml;

    public FederationFixtures(PermissionCheck permissions, Clock clock) {
        oidc = new OidcProviderService(
                oidcRows.as(
                        OidcProviderRepository.class,
                        queries(oidcRows, OidcProvider::id, OidcProvider::accountId, OidcProvider::name)),
                permissions,
                clock);
        saml = new SamlProviderService(
                samlRows.as(
                        SamlProviderRepository.class,
                        queries(samlRows, SamlProvider::id, SamlProvider::accountId, SamlProvider::name)),
                permissions,
                clock);
    }

    /** The derived queries both provider repositories declare, on the provider's id, account and name. */
    private static <T> Map<String, Function<Object[], Object>> queries(
            FakeRepository<T, String> rows,
            Function<T, String> id,
            Function<T, String> accountId,
            Function<T, String> name) {
        return Map.of(
                "findByIdAndAccountId",
                args -> rows.find(
                        p -> id.apply(p).equals(args[0]) && accountId.apply(p).equals(args[1])),
                "findByAccountIdAndName",
                args -> rows.find(
                        p -> accountId.apply(p).equals(args[0]) && name.apply(p).equals(args[1])),
                "existsByAccountIdAndName",
                args -> rows.any(
                        p -> accountId.apply(p).equals(args[0]) && name.apply(p).equals(args[1])),
                "countByAccountId",
                args -> rows.count(p -> accountId.apply(p).equals(args[0])),
                "findPage",
                args -> rows.rows().stream()
                        .filter(p -> accountId.apply(p).equals(args[0])
                                && (args[1] == null || id.apply(p).compareTo((String) args[1]) > 0))
                        .sorted(Comparator.comparing(id))
                        .limit(((Limit) args[2]).max())
                        .toList());
    }
}
