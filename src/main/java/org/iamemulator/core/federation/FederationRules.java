package org.iamemulator.core.federation;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;

/** The documented input rules of the OIDC and SAML provider operations (Huawei IAM v5 §7). */
final class FederationRules {

    static final int MAX_CLIENT_IDS = 100;
    static final int MAX_THUMBPRINTS = 5;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern DESCRIPTION = Pattern.compile("[^@#%&<>\\\\$^*]{0,255}");
    private static final Pattern THUMBPRINT = Pattern.compile("[0-9A-Fa-f]{64}");
    private static final Pattern KEY_ID = Pattern.compile("[A-Z0-9]{22,64}");
    private static final Pattern PEM = Pattern.compile(
            "\\s*-----BEGIN (RSA )?PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END (RSA )?PRIVATE KEY-----\\s*");
    private static final int MIN_METADATA = 1000;
    private static final int MAX_METADATA = 512_000;
    private static final int MAX_PRIVATE_KEY = 16_384;
    private static final int MAX_URL = 255;
    private static final int MAX_CLIENT_ID = 255;

    private FederationRules() {}

    static void checkName(String name) {
        if (name == null) {
            throw InvalidInputException.missingField("name");
        }
        if (!NAME.matcher(name).matches()) {
            throw InvalidInputException.field("name", name, "1 to 64 letters, digits, _ or -");
        }
    }

    /** Null stands for the default (""). */
    static void checkDescription(String description) {
        if (description != null && !DESCRIPTION.matcher(description).matches()) {
            throw InvalidInputException.field(
                    "description", description, "at most 255 characters, none of @ # % & < > \\ $ ^ *");
        }
    }

    /** The issuer of the provider's ID tokens: an https URL of at most 255 characters without a query. */
    static void checkUrl(String url) {
        if (url == null) {
            throw InvalidInputException.missingField("url");
        }
        String rule = "an https:// URL of at most " + MAX_URL + " characters without query or fragment";
        if (url.isEmpty() || url.length() > MAX_URL || !url.startsWith("https://")) {
            throw InvalidInputException.field("url", url, rule);
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw InvalidInputException.field("url", url, rule);
            }
        } catch (URISyntaxException e) {
            throw InvalidInputException.field("url", url, rule);
        }
    }

    static void checkClientIds(List<String> clientIds) {
        if (clientIds == null) {
            throw InvalidInputException.missingField("client_ids");
        }
        if (clientIds.isEmpty()
                || clientIds.size() > MAX_CLIENT_IDS
                || new HashSet<>(clientIds).size() != clientIds.size()) {
            throw InvalidInputException.field(
                    "client_ids", clientIds.size() + " items", "1 to " + MAX_CLIENT_IDS + " distinct client ids");
        }
        clientIds.forEach(clientId -> checkClientId("client_ids", clientId));
    }

    static void checkClientId(String field, String clientId) {
        if (clientId == null) {
            throw InvalidInputException.missingField(field);
        }
        if (clientId.isEmpty() || clientId.length() > MAX_CLIENT_ID) {
            throw InvalidInputException.field(field, clientId, "1 to " + MAX_CLIENT_ID + " characters");
        }
    }

    /** {@code minimum} is 0 on create (optional list) and 1 on UpdateOIDCProviderThumbprintV5. */
    static void checkThumbprints(List<String> thumbprints, int minimum) {
        if (thumbprints == null) {
            if (minimum > 0) {
                throw InvalidInputException.missingField("thumbprints");
            }
            return;
        }
        if (thumbprints.size() < minimum || thumbprints.size() > MAX_THUMBPRINTS) {
            throw InvalidInputException.field(
                    "thumbprints", thumbprints.size() + " items", minimum + " to " + MAX_THUMBPRINTS + " thumbprints");
        }
        for (String thumbprint : thumbprints) {
            if (thumbprint == null || !THUMBPRINT.matcher(thumbprint).matches()) {
                throw InvalidInputException.field("thumbprints", thumbprint, "64 hexadecimal characters");
            }
        }
    }

    /** A SAML 2.0 metadata document of 1,000 to 512,000 characters naming the IdP and its signing certificates. */
    static SamlMetadata parseMetadata(String document) {
        if (document.length() < MIN_METADATA || document.length() > MAX_METADATA) {
            throw InvalidInputException.field(
                    "saml_metadata_document",
                    document.length() + " characters",
                    MIN_METADATA + " to " + MAX_METADATA + " characters");
        }
        try {
            return SamlMetadata.parse(document);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(
                    "saml_metadata_document", "(metadata document)", "SAML 2.0 IdP metadata; " + e.getMessage());
        }
    }

    /** Null stands for the default or the current mode. */
    static void checkEncryptionMode(String mode) {
        if (mode != null && !mode.equals("Required") && !mode.equals("Allowed")) {
            throw InvalidInputException.field("assertion_encryption_mode", mode, "Required or Allowed");
        }
    }

    /**
     * A PEM RSA private key of at most 16,384 characters; its id is the first 16 bytes of the SHA-256 of its
     * decoded bytes as upper-case hex (32 characters).
     */
    static String privateKeyId(String pem) {
        Matcher matcher = PEM.matcher(pem);
        if (pem.isEmpty() || pem.length() > MAX_PRIVATE_KEY || !matcher.matches()) {
            throw InvalidInputException.field(
                    "add_private_key",
                    "(private key)",
                    "a PEM RSA private key of at most " + MAX_PRIVATE_KEY + " characters");
        }
        byte[] der = Base64.getMimeDecoder().decode(matcher.group(2).trim());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return HexFormat.of().withUpperCase().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void checkKeyId(String keyId) {
        if (!KEY_ID.matcher(keyId).matches()) {
            throw InvalidInputException.field("remove_private_key", keyId, "22 to 64 upper-case letters or digits");
        }
    }
}
