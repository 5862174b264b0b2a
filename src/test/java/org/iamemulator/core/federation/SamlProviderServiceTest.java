package org.iamemulator.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT;
import static org.iamemulator.core.user.UserFixtures.OTHER_ACCOUNT_ROOT;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import org.iamemulator.core.error.ConflictException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.LimitExceededException;
import org.iamemulator.core.error.LimitExceededException.Quota;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.support.SamlIdp;
import org.junit.jupiter.api.Test;

/** SAML provider rules over providers in memory: metadata, defaults, private keys, uniqueness, quota, accounts. */
class SamlProviderServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.890Z");
    private static final Instant NOW_IN_SECONDS = Instant.parse("2025-03-04T05:06:07Z");
    private static final Instant VALID_UNTIL = Instant.parse("2026-01-01T00:00:00Z");
    private static final SamlIdp IDP = SamlIdp.load("https://idp.example.test/saml", "idp.p12");
    private static final String METADATA = IDP.metadata(VALID_UNTIL);
    private static final byte[] PRIVATE_KEY = newPrivateKey();
    private static final String PEM = "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(PRIVATE_KEY)
            + "\n-----END PRIVATE KEY-----\n";

    private final UserFixtures users = new UserFixtures();
    private final FederationFixtures providers =
            new FederationFixtures(users.allowAll, Clock.fixed(NOW, ZoneOffset.UTC));
    private final SamlProviderService service = providers.saml;

    @Test
    void createsAProviderValidUntilItsMetadataSays() {
        SamlProviderView provider = create("corp");

        assertThat(provider.urn()).isEqualTo("iam::" + ACCOUNT + ":saml-provider:corp");
        assertThat(provider.metadataDocument()).isEqualTo(METADATA);
        assertThat(provider.expiresAt()).isEqualTo(VALID_UNTIL);
        assertThat(provider.assertionEncryptionMode()).isEqualTo("Allowed");
        assertThat(provider.description()).isEmpty();
        assertThat(provider.privateKeys()).isEmpty();
        assertThat(provider.createdAt()).isEqualTo(NOW_IN_SECONDS);
        assertThat(users.checks).containsExactly("iam:samlProviders:createV5 " + provider.urn());
    }

    @Test
    void metadataWithoutValidUntilIsValidForTenYears() {
        String timeless = METADATA.replace(" validUntil=\"" + VALID_UNTIL + "\"", "");

        SamlProviderView provider = service.create(users.rootCaller, "corp", metadata(timeless));

        assertThat(timeless).doesNotContain("validUntil");
        assertThat(provider.expiresAt()).isEqualTo(NOW_IN_SECONDS.plus(Duration.ofDays(3650)));
    }

    @Test
    void registersAPrivateKeyByTheIdOfItsBytes() {
        SamlProviderView provider = service.create(
                users.rootCaller, "corp", new SamlProviderChange(METADATA, "Required", PEM, null, "corporate IdP"));

        assertThat(provider.privateKeys()).containsOnlyKeys(keyId(PRIVATE_KEY));
        assertThat(provider.privateKeys().get(keyId(PRIVATE_KEY))).isEqualTo(NOW_IN_SECONDS);
        assertThat(provider.assertionEncryptionMode()).isEqualTo("Required");
        assertThat(provider.description()).isEqualTo("corporate IdP");
    }

    @Test
    void refusesFieldsOutsideTheRulesBeforeAskingPermission() {
        assertRefused("has space", metadata(METADATA), "name");
        assertRefused(null, metadata(METADATA), "name");
        assertRefused("corp", metadata(null), "saml_metadata_document");
        assertRefused("corp", metadata(METADATA.substring(0, 999)), "saml_metadata_document");
        assertRefused(
                "corp",
                metadata(METADATA.replaceAll("(?s)<md:KeyDescriptor.*</md:KeyDescriptor>", "") + " ".repeat(1000)),
                "saml_metadata_document");
        assertRefused(
                "corp", new SamlProviderChange(METADATA, "Sometimes", null, null, null), "assertion_encryption_mode");
        assertRefused("corp", new SamlProviderChange(METADATA, null, "not a key", null, null), "add_private_key");
        assertRefused("corp", new SamlProviderChange(METADATA, null, null, null, "50% off"), "description");

        assertThat(users.checks).isEmpty();
        assertThat(providers.samlRows.rows()).isEmpty();
    }

    @Test
    void namesAreUniquePerAccountAndAnAccountHoldsAtMostAHundred() {
        create("corp");
        assertThatThrownBy(() -> create("corp"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("corp");
        assertThatCode(() -> service.create(OTHER_ACCOUNT_ROOT, "corp", metadata(METADATA)))
                .doesNotThrowAnyException();

        for (int i = 1; i < Quota.SAML_PROVIDERS_PER_ACCOUNT.limit(); i++) {
            create("provider" + i);
        }
        assertThatThrownBy(() -> create("one-too-many"))
                .isInstanceOf(LimitExceededException.class)
                .hasFieldOrPropertyWithValue("quota", Quota.SAML_PROVIDERS_PER_ACCOUNT);
        assertThat(Quota.SAML_PROVIDERS_PER_ACCOUNT.limit()).isEqualTo(100);
    }

    @Test
    void anUpdateChangesOnlyWhatIsGiven() {
        SamlProviderView provider = create("corp");
        Instant later = Instant.parse("2027-06-30T12:00:00Z");
        users.checks.clear();

        service.update(users.rootCaller, provider.id(), new SamlProviderChange(null, null, null, null, "described"));
        SamlProviderView updated = service.update(
                users.rootCaller,
                provider.id(),
                new SamlProviderChange(IDP.metadata(later), "Required", null, null, null));

        assertThat(updated.description()).isEqualTo("described");
        assertThat(updated.expiresAt()).isEqualTo(later);
        assertThat(updated.assertionEncryptionMode()).isEqualTo("Required");
        assertThat(users.checks).containsOnly("iam:samlProviders:updateV5 " + provider.urn());
    }

    @Test
    void aKeyIsAddedInOneUpdateAndRemovedInAnother() {
        String id = create("corp").id();
        String keyId = keyId(PRIVATE_KEY);

        assertThat(service.update(users.rootCaller, id, new SamlProviderChange(null, null, PEM, null, null))
                        .privateKeys())
                .containsOnlyKeys(keyId);
        assertThat(service.update(users.rootCaller, id, new SamlProviderChange(null, null, null, keyId, null))
                        .privateKeys())
                .isEmpty();
        assertThatThrownBy(() ->
                        service.update(users.rootCaller, id, new SamlProviderChange(null, null, null, keyId, null)))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("entityType", "private key");
        assertThatThrownBy(() -> service.update(
                        users.rootCaller, id, new SamlProviderChange(null, null, null, "lower-case-id", null)))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "remove_private_key");
    }

    @Test
    void anotherAccountsProviderIsNotFound() {
        String id = create("corp").id();
        users.checks.clear();

        assertThatThrownBy(() -> service.show(OTHER_ACCOUNT_ROOT, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        service.update(OTHER_ACCOUNT_ROOT, id, new SamlProviderChange(null, null, null, null, "mine")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(OTHER_ACCOUNT_ROOT, id)).isInstanceOf(NotFoundException.class);
        assertThat(users.checks)
                .containsOnly(
                        "iam:samlProviders:getV5 iam::" + OTHER_ACCOUNT + ":saml-provider:*",
                        "iam:samlProviders:updateV5 iam::" + OTHER_ACCOUNT + ":saml-provider:*",
                        "iam:samlProviders:deleteV5 iam::" + OTHER_ACCOUNT + ":saml-provider:*");
        assertThat(service.show(users.rootCaller, id).description()).isEmpty();
    }

    @Test
    void deletesTheProviderAfterAskingOnItsUrn() {
        SamlProviderView provider = create("corp");
        users.checks.clear();

        service.delete(users.rootCaller, provider.id());

        assertThat(providers.samlRows.rows()).isEmpty();
        assertThat(users.checks).containsExactly("iam:samlProviders:deleteV5 " + provider.urn());
    }

    @Test
    void anAssumeFindsTheProviderByUrnInAnyAccount() {
        SamlProviderView provider = service.create(OTHER_ACCOUNT_ROOT, "corp", metadata(METADATA));

        assertThat(service.findByUrn(provider.urn()))
                .get()
                .extracting(SamlProviderView::id)
                .isEqualTo(provider.id());
        assertThat(service.findByUrn("iam::" + ACCOUNT + ":saml-provider:corp")).isEmpty();
        assertThat(service.findByUrn("iam::" + OTHER_ACCOUNT + ":oidc-provider:corp"))
                .isEmpty();
        assertThat(service.findByUrn(null)).isEmpty();
    }

    private SamlProviderView create(String name) {
        return service.create(users.rootCaller, name, metadata(METADATA));
    }

    private void assertRefused(String name, SamlProviderChange request, String field) {
        assertThatThrownBy(() -> service.create(users.rootCaller, name, request))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field);
    }

    private static SamlProviderChange metadata(String document) {
        return new SamlProviderChange(document, null, null, null, null);
    }

    /** The documented id: the first 16 bytes of the SHA-256 of the key's DER bytes, in upper-case hex. */
    private static String keyId(byte[] der) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return HexFormat.of().withUpperCase().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] newPrivateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
