package org.iamemulator.core.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.support.SamlIdp;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SamlResponseVerifierTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final SamlIdp IDP = SamlIdp.load("https://idp.example.test/saml", "idp.p12");
    private static final SamlIdp OTHER_KEY = SamlIdp.load("https://idp.example.test/saml", "other-idp.p12");
    private static final SamlMetadata METADATA = SamlMetadata.parse(IDP.metadata(NOW.plusSeconds(86_400)));

    @Test
    void readsTheIdpsEntityIdCertificateAndValidity() {
        assertThat(METADATA.entityId()).isEqualTo("https://idp.example.test/saml");
        assertThat(METADATA.signingCertificates()).hasSize(1);
        assertThat(METADATA.validUntil()).isEqualTo(Optional.of(NOW.plusSeconds(86_400)));
    }

    @Test
    void refusesMetadataWithADtdOrWithoutCertificate() {
        String withDtd = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"&e;\"/>";
        assertThatThrownBy(() -> SamlMetadata.parse(withDtd))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DTD");
        String noKey = IDP.metadata(NOW).replaceAll("(?s)<md:KeyDescriptor.*</md:KeyDescriptor>", "");
        assertThatThrownBy(() -> SamlMetadata.parse(noKey)).hasMessageContaining("signing certificate");
    }

    @Test
    void acceptsASignedAssertionOrASignedResponse() {
        Document response = IDP.response("alice", NOW, SamlIdp.SP, 7200);
        SamlResponseVerifier.VerifiedAssertion verified = verify(IDP.sign(SamlIdp.assertion(response)));
        assertThat(verified.subject()).isEqualTo("alice");
        assertThat(verified.subjectType()).isEqualTo("persistent");
        assertThat(verified.issuer()).isEqualTo("https://idp.example.test/saml");
        assertThat(verified.sessionDuration()).contains(7200);
        assertThat(verified.sessionNotOnOrAfter()).contains(NOW.plusSeconds(7200));

        Document signedResponse = IDP.response("bob", NOW, SamlIdp.SP, 3600);
        assertThat(verify(IDP.sign(signedResponse.getDocumentElement())).subject())
                .isEqualTo("bob");
    }

    @Test
    void refusesUnsignedTamperedOrOtherKeySignatures() {
        assertRejected(IDP.response("alice", NOW, SamlIdp.SP, 3600), "signed");
        Document tampered = IDP.sign(SamlIdp.assertion(IDP.response("alice", NOW, SamlIdp.SP, 3600)));
        nameId(tampered).setTextContent("admin");
        assertRejected(tampered, "signed");
        assertRejected(OTHER_KEY.sign(SamlIdp.assertion(IDP.response("alice", NOW, SamlIdp.SP, 3600))), "signed");
    }

    @Test
    void refusesSignatureWrapping() {
        // the signed assertion moves into the Response's Extensions, an unsigned one with another subject takes its
        // place
        Document response = IDP.sign(SamlIdp.assertion(IDP.response("alice", NOW, SamlIdp.SP, 3600)));
        Element signed = SamlIdp.assertion(response);
        Element evil = (Element) signed.cloneNode(true);
        evil.removeChild(evil.getElementsByTagNameNS("http://www.w3.org/2000/09/xmldsig#", "Signature")
                .item(0));
        evil.setAttribute("ID", "_evil");
        evil.getElementsByTagNameNS(SamlResponseVerifier.ASSERTION_NS, "NameID")
                .item(0)
                .setTextContent("admin");
        Element extensions = response.createElementNS(SamlResponseVerifier.PROTOCOL_NS, "samlp:Extensions");
        response.getDocumentElement().replaceChild(evil, signed);
        extensions.appendChild(signed);
        response.getDocumentElement().insertBefore(extensions, evil);
        assertRejected(response, "signed");

        // the same with the forged assertion carrying the signed one's ID
        evil.setAttribute("ID", "_assertion1");
        assertRejected(response, "unique");

        // a second assertion beside the signed one
        Document twice = IDP.sign(SamlIdp.assertion(IDP.response("alice", NOW, SamlIdp.SP, 3600)));
        Element copy = (Element) SamlIdp.assertion(twice).cloneNode(true);
        copy.setAttribute("ID", "_other");
        twice.getDocumentElement().appendChild(copy);
        assertRejected(twice, "exactly one");
    }

    @Test
    void refusesAnotherIssuerAudienceOrAnExpiredAssertion() {
        SamlIdp stranger = SamlIdp.load("https://stranger.example.test", "idp.p12");
        assertRejected(stranger.sign(SamlIdp.assertion(stranger.response("alice", NOW, SamlIdp.SP, 3600))), "Issuer");
        assertRejected(
                IDP.sign(SamlIdp.assertion(IDP.response("alice", NOW, "https://other-sp.example", 3600))),
                "AudienceRestriction");
        assertRejected(
                IDP.sign(SamlIdp.assertion(IDP.response("alice", NOW.minusSeconds(400), SamlIdp.SP, 3600))),
                "NotOnOrAfter");
        assertRejected(
                IDP.sign(SamlIdp.assertion(IDP.response("alice", NOW.plusSeconds(120), SamlIdp.SP, 3600))),
                "NotBefore");
    }

    @Test
    void refusesWhatIsNotABase64Response() {
        assertThatThrownBy(() -> SamlResponseVerifier.verify("%%%", METADATA, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SamlResponseVerifier.verify(
                        java.util.Base64.getEncoder()
                                .encodeToString("<x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        METADATA,
                        NOW))
                .hasMessageContaining("saml_assertion");
    }

    private static SamlResponseVerifier.VerifiedAssertion verify(Document response) {
        return SamlResponseVerifier.verify(SamlIdp.encode(response), METADATA, NOW);
    }

    private static Element nameId(Document response) {
        return (Element) response.getElementsByTagNameNS(SamlResponseVerifier.ASSERTION_NS, "NameID")
                .item(0);
    }

    private static void assertRejected(Document response, String reason) {
        assertThatThrownBy(() -> verify(response))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).rule()).contains(reason));
    }
}
