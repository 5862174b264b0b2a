package org.iamemulator.core.federation;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import org.iamemulator.core.error.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Verifies a SAML 2.0 Response (base64, as the IdP posts it) against a registered provider's metadata: an XML
 * signature on the Response or on its one Assertion, made with a signing certificate of the metadata and referring by
 * ID to exactly that element (so a signature over some other, wrapped element proves nothing); the Issuer is the
 * metadata's entity id; the Conditions' time window and AudienceRestriction include now and {@link #SP_ENTITY_ID};
 * the bearer SubjectConfirmationData has not expired. Times allow {@link #LEEWAY}. Encrypted assertions are refused.
 * Every refusal is 400 on the field {@code saml_assertion} with the reason (docs/identity.md).
 */
public final class SamlResponseVerifier {

    /** The emulator's service-provider entity id: the audience an assertion must be addressed to. */
    public static final String SP_ENTITY_ID = "https://auth.huaweicloud.com/";
    /** The attribute with the session duration in seconds the IdP allows. */
    public static final String SESSION_DURATION_ATTRIBUTE = "https://auth.huaweicloud.com/SessionDuration";

    public static final Duration LEEWAY = Duration.ofSeconds(60);

    static final String PROTOCOL_NS = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String ASSERTION_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
    private static final String NAME_ID_FORMAT_PREFIX = "urn:oasis:names:tc:SAML:2.0:nameid-format:";
    private static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
    private static final String FIELD = "saml_assertion";

    /**
     * What a verified assertion proves: its issuer, subject (NameID, its format without the SAML prefix), the
     * session limits it sets and its attributes by name.
     */
    public record VerifiedAssertion(
            String issuer,
            String subject,
            String subjectType,
            String audience,
            Optional<Integer> sessionDuration,
            Optional<Instant> sessionNotOnOrAfter,
            Map<String, List<String>> attributes) {}

    private SamlResponseVerifier() {}

    public static VerifiedAssertion verify(String base64Response, SamlMetadata metadata, Instant now) {
        Document document = parse(base64Response);
        Element response = document.getDocumentElement();
        if (!is(response, PROTOCOL_NS, "Response")) {
            throw rejected("a samlp:Response");
        }
        if (!SamlMetadata.children(response, ASSERTION_NS, "EncryptedAssertion").isEmpty()) {
            throw rejected("an unencrypted assertion (the emulator does not decrypt assertions)");
        }
        List<Element> assertions = SamlMetadata.children(response, ASSERTION_NS, "Assertion");
        if (assertions.size() != 1) {
            throw rejected("a Response with exactly one saml:Assertion");
        }
        Element assertion = assertions.get(0);
        registerIds(document);
        if (!signedBy(response, metadata.signingCertificates())
                && !signedBy(assertion, metadata.signingCertificates())) {
            throw rejected("a Response or Assertion signed by a signing certificate of the provider's metadata");
        }
        checkStatus(response);
        checkIssuer(response, metadata.entityId(), false);
        checkIssuer(assertion, metadata.entityId(), true);
        checkConditions(assertion, now);
        Element nameId = child(child(assertion, "Subject"), "NameID");
        if (nameId == null || nameId.getTextContent().isBlank()) {
            throw rejected("an assertion with a saml:Subject/saml:NameID");
        }
        checkSubjectConfirmation(child(assertion, "Subject"), now);
        String format = nameId.getAttribute("Format");
        String subjectType =
                format.startsWith(NAME_ID_FORMAT_PREFIX) ? format.substring(NAME_ID_FORMAT_PREFIX.length()) : format;
        Map<String, List<String>> attributes = attributes(assertion);
        Optional<Integer> duration = Optional.ofNullable(attributes.get(SESSION_DURATION_ATTRIBUTE))
                .map(SamlResponseVerifier::sessionDuration);
        Optional<Instant> sessionEnd = SamlMetadata.children(assertion, ASSERTION_NS, "AuthnStatement").stream()
                .filter(statement -> statement.hasAttribute("SessionNotOnOrAfter"))
                .map(statement -> time(statement.getAttribute("SessionNotOnOrAfter")))
                .findFirst();
        return new VerifiedAssertion(
                metadata.entityId(),
                nameId.getTextContent().trim(),
                subjectType,
                SP_ENTITY_ID,
                duration,
                sessionEnd,
                attributes);
    }

    private static Document parse(String base64Response) {
        String xml;
        try {
            xml = new String(Base64.getMimeDecoder().decode(base64Response), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw rejected("a base64 SAML Response");
        }
        try {
            return SamlMetadata.secureParse(xml);
        } catch (IllegalArgumentException e) {
            throw rejected("a base64 SAML Response that is well-formed XML without a DTD");
        }
    }

    /** IDs must be unique, so that a reference can only mean one element. */
    private static void registerIds(Document document) {
        List<String> seen = new ArrayList<>();
        var all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttributeNS(null, "ID")) {
                String id = element.getAttributeNS(null, "ID");
                if (seen.contains(id)) {
                    throw rejected("a Response whose IDs are unique");
                }
                seen.add(id);
                element.setIdAttributeNS(null, "ID", true);
            }
        }
    }

    /**
     * Whether a ds:Signature that is a child of {@code element} has one reference, to {@code element} itself by its
     * ID, and verifies with one of the certificates.
     */
    private static boolean signedBy(Element element, List<X509Certificate> certificates) {
        List<Element> signatures = SamlMetadata.children(element, SamlMetadata.DSIG_NS, "Signature");
        if (signatures.size() != 1 || element.getAttributeNS(null, "ID").isEmpty()) {
            return false;
        }
        XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");
        for (X509Certificate certificate : certificates) {
            DOMValidateContext context = new DOMValidateContext(
                    KeySelector.singletonKeySelector(certificate.getPublicKey()), signatures.get(0));
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            try {
                XMLSignature signature = factory.unmarshalXMLSignature(context);
                List<?> references = signature.getSignedInfo().getReferences();
                if (references.size() == 1
                        && ("#" + element.getAttributeNS(null, "ID")).equals(((Reference) references.get(0)).getURI())
                        && signature.validate(context)) {
                    return true;
                }
            } catch (MarshalException | XMLSignatureException e) {
                return false;
            }
        }
        return false;
    }

    private static void checkStatus(Element response) {
        Element status = child(child(response, PROTOCOL_NS, "Status"), PROTOCOL_NS, "StatusCode");
        if (status == null || !SUCCESS.equals(status.getAttribute("Value"))) {
            throw rejected("a Response with status Success");
        }
    }

    private static void checkIssuer(Element element, String entityId, boolean required) {
        Element issuer = child(element, "Issuer");
        if (issuer == null ? required : !entityId.equals(issuer.getTextContent().trim())) {
            throw rejected("an Issuer equal to the metadata's entity id " + entityId);
        }
    }

    private static void checkConditions(Element assertion, Instant now) {
        Element conditions = child(assertion, "Conditions");
        if (conditions == null) {
            throw rejected("an assertion with saml:Conditions");
        }
        if (conditions.hasAttribute("NotBefore")
                && now.plus(LEEWAY).isBefore(time(conditions.getAttribute("NotBefore")))) {
            throw rejected("an assertion that is already valid (Conditions NotBefore)");
        }
        if (conditions.hasAttribute("NotOnOrAfter")
                && !now.minus(LEEWAY).isBefore(time(conditions.getAttribute("NotOnOrAfter")))) {
            throw rejected("an assertion that has not expired (Conditions NotOnOrAfter)");
        }
        boolean addressed = SamlMetadata.descendants(conditions, ASSERTION_NS, "Audience").stream()
                .anyMatch(audience ->
                        SP_ENTITY_ID.equals(audience.getTextContent().trim()));
        if (!addressed) {
            throw rejected("an AudienceRestriction naming " + SP_ENTITY_ID);
        }
    }

    private static void checkSubjectConfirmation(Element subject, Instant now) {
        boolean valid = SamlMetadata.children(subject, ASSERTION_NS, "SubjectConfirmation").stream()
                .map(confirmation -> child(confirmation, "SubjectConfirmationData"))
                .anyMatch(data -> data != null
                        && data.hasAttribute("NotOnOrAfter")
                        && now.minus(LEEWAY).isBefore(time(data.getAttribute("NotOnOrAfter"))));
        if (!valid) {
            throw rejected("a SubjectConfirmationData whose NotOnOrAfter has not passed");
        }
    }

    private static Map<String, List<String>> attributes(Element assertion) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (Element statement : SamlMetadata.children(assertion, ASSERTION_NS, "AttributeStatement")) {
            for (Element attribute : SamlMetadata.children(statement, ASSERTION_NS, "Attribute")) {
                List<String> values =
                        attributes.computeIfAbsent(attribute.getAttribute("Name"), name -> new ArrayList<>());
                SamlMetadata.children(attribute, ASSERTION_NS, "AttributeValue")
                        .forEach(value -> values.add(value.getTextContent().trim()));
            }
        }
        return attributes;
    }

    private static int sessionDuration(List<String> values) {
        try {
            return Integer.parseInt(values.get(0));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw rejected("a " + SESSION_DURATION_ATTRIBUTE + " attribute of whole seconds");
        }
    }

    private static Instant time(String value) {
        try {
            return SamlMetadata.instant(value, "a time");
        } catch (IllegalArgumentException e) {
            throw rejected("times as xs:dateTime in UTC");
        }
    }

    private static boolean is(Element element, String namespace, String localName) {
        return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }

    private static Element child(Element parent, String localName) {
        return child(parent, ASSERTION_NS, localName);
    }

    private static Element child(Element parent, String namespace, String localName) {
        if (parent == null) {
            return null;
        }
        List<Element> children = SamlMetadata.children(parent, namespace, localName);
        return children.isEmpty() ? null : children.get(0);
    }

    private static InvalidInputException rejected(String rule) {
        return InvalidInputException.field(FIELD, "(SAML assertion)", rule);
    }
}
