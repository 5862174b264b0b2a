package org.iamemulator.core.federation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What the emulator takes from an IdP's SAML 2.0 metadata: the entity id, the certificates of the
 * {@code IDPSSODescriptor}'s signing keys ({@code KeyDescriptor} with {@code use="signing"} or without {@code use})
 * and {@code validUntil}. Parsed with secure processing, no DTD and no external entities.
 */
public record SamlMetadata(String entityId, List<X509Certificate> signingCertificates, Optional<Instant> validUntil) {

    static final String METADATA_NS = "urn:oasis:names:tc:SAML:2.0:metadata";
    static final String DSIG_NS = "http://www.w3.org/2000/09/xmldsig#";

    public SamlMetadata {
        signingCertificates = List.copyOf(signingCertificates);
    }

    /** Reads a metadata document; the exception's message says what is wrong. */
    public static SamlMetadata parse(String document) {
        Element root = secureParse(document).getDocumentElement();
        Element entity = METADATA_NS.equals(root.getNamespaceURI()) && "EntityDescriptor".equals(root.getLocalName())
                ? root
                : first(root, METADATA_NS, "EntityDescriptor")
                        .orElseThrow(() -> new IllegalArgumentException("no md:EntityDescriptor"));
        String entityId = entity.getAttribute("entityID");
        if (entityId.isEmpty()) {
            throw new IllegalArgumentException("md:EntityDescriptor without entityID");
        }
        Element idp = first(entity, METADATA_NS, "IDPSSODescriptor")
                .orElseThrow(() -> new IllegalArgumentException("no md:IDPSSODescriptor"));
        List<X509Certificate> certificates = new ArrayList<>();
        for (Element key : children(idp, METADATA_NS, "KeyDescriptor")) {
            String use = key.getAttribute("use");
            if (use.isEmpty() || use.equals("signing")) {
                for (Element certificate : descendants(key, DSIG_NS, "X509Certificate")) {
                    certificates.add(certificate(certificate.getTextContent()));
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("no signing certificate in md:IDPSSODescriptor/md:KeyDescriptor");
        }
        String validUntil =
                entity.hasAttribute("validUntil") ? entity.getAttribute("validUntil") : root.getAttribute("validUntil");
        return new SamlMetadata(
                entityId,
                certificates,
                validUntil.isEmpty() ? Optional.empty() : Optional.of(instant(validUntil, "validUntil")));
    }

    /** A namespace-aware DOM without DTDs, external entities or XInclude. */
    static Document secureParse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed XML without a DTD");
        }
    }

    static Instant instant(String value, String what) {
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " is not an xs:dateTime in UTC: " + value);
        }
    }

    static Optional<Element> first(Element parent, String namespace, String localName) {
        List<Element> found = descendants(parent, namespace, localName);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static List<Element> descendants(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        var nodes = parent.getElementsByTagNameNS(namespace, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element
                    && namespace.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static X509Certificate certificate(String base64) {
        try {
            byte[] der = Base64.getMimeDecoder().decode(base64.trim());
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (IllegalArgumentException | CertificateException e) {
            throw new IllegalArgumentException("a ds:X509Certificate that is not a base64 X.509 certificate");
        }
    }
}
