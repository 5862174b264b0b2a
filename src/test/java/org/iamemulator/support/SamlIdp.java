package org.iamemulator.support;

import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * A test SAML identity provider with a key and self-signed certificate from src/test/resources/federation: its
 * metadata, and Responses whose Assertion (or the Response itself) it signs with the JDK's XML signature API.
 */
public final class SamlIdp {

    public static final String SP = "https://auth.huaweicloud.com/";
    public static final String SESSION_DURATION = "https://auth.huaweicloud.com/SessionDuration";

    private final String entityId;
    private final PrivateKey key;
    private final X509Certificate certificate;

    private SamlIdp(String entityId, PrivateKey key, X509Certificate certificate) {
        this.entityId = entityId;
        this.key = key;
        this.certificate = certificate;
    }

    /** {@code keyFile}: idp.p12 or other-idp.p12. */
    public static SamlIdp load(String entityId, String keyFile) {
        try (InputStream in = SamlIdp.class.getResourceAsStream("/federation/" + keyFile)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, "changeit".toCharArray());
            return new SamlIdp(entityId, (PrivateKey) store.getKey("idp", "changeit".toCharArray()), (X509Certificate)
                    store.getCertificate("idp"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String entityId() {
        return entityId;
    }

    /** IdP metadata naming this IdP's signing certificate, valid until {@code validUntil}. */
    public String metadata(Instant validUntil) {
        String cert = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certEncoded());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="%s" validUntil="%s">
                  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
                    <md:KeyDescriptor use="signing">
                      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
                        <ds:X509Data><ds:X509Certificate>%s</ds:X509Certificate></ds:X509Data>
                      </ds:KeyInfo>
                    </md:KeyDescriptor>
                    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
                    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                        Location="%s/sso"/>
                  </md:IDPSSODescriptor>
                </md:EntityDescriptor>
                """.formatted(entityId, validUntil, cert, entityId);
    }

    /** An unsigned Response with one Assertion about {@code subject}, valid for 5 minutes from {@code now}. */
    public Document response(String subject, Instant now, String audience, int sessionDuration) {
        String xml = """
                <samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" \
                xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_response1" Version="2.0" IssueInstant="%2$s">\
                <saml:Issuer>%1$s</saml:Issuer>\
                <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>\
                <saml:Assertion ID="_assertion1" Version="2.0" IssueInstant="%2$s">\
                <saml:Issuer>%1$s</saml:Issuer>\
                <saml:Subject>\
                <saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">%4$s</saml:NameID>\
                <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">\
                <saml:SubjectConfirmationData NotOnOrAfter="%3$s" Recipient="%5$s"/>\
                </saml:SubjectConfirmation></saml:Subject>\
                <saml:Conditions NotBefore="%2$s" NotOnOrAfter="%3$s">\
                <saml:AudienceRestriction><saml:Audience>%5$s</saml:Audience></saml:AudienceRestriction>\
                </saml:Conditions>\
                <saml:AuthnStatement AuthnInstant="%2$s" SessionNotOnOrAfter="%7$s"/>\
                <saml:AttributeStatement><saml:Attribute Name="%6$s">\
                <saml:AttributeValue>%8$d</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>\
                </saml:Assertion></samlp:Response>""".formatted(
                        entityId,
                        now,
                        now.plusSeconds(300),
                        subject,
                        audience,
                        SESSION_DURATION,
                        now.plusSeconds(7200),
                        sessionDuration);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Response's Assertion. */
    public static Element assertion(Document response) {
        return (Element) response.getElementsByTagNameNS("urn:oasis:names:tc:SAML:2.0:assertion", "Assertion")
                .item(0);
    }

    /** Signs {@code element} (enveloped, exclusive c14n, RSA-SHA256), the signature after its Issuer. */
    public Document sign(Element element) {
        try {
            element.setIdAttributeNS(null, "ID", true);
            XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
            Reference reference = factory.newReference(
                    "#" + element.getAttribute("ID"),
                    factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(
                            factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null,
                    null);
            SignedInfo signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                    List.of(reference));
            KeyInfoFactory keyInfo = factory.getKeyInfoFactory();
            DOMSignContext context =
                    new DOMSignContext(key, element, element.getFirstChild().getNextSibling());
            factory.newXMLSignature(signedInfo, keyInfo.newKeyInfo(List.of(keyInfo.newX509Data(List.of(certificate)))))
                    .sign(context);
            return element.getOwnerDocument();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Response as the IdP posts it: base64 of its XML. */
    public static String encode(Document response) {
        try {
            StringWriter xml = new StringWriter();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(response), new StreamResult(xml));
            return Base64.getEncoder().encodeToString(xml.toString().getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] certEncoded() {
        try {
            return certificate.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
