package org.iamemulator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An {@code Authorization} header of the form {@code <algorithm> Credential=…, SignedHeaders=a;b, Signature=…},
 * which AWS SigV4 (CTyun) and Alibaba's ACS3 share; each dialect reads its own credential format from it.
 */
public record SignedAuthorizationHeader(String credential, List<String> signedHeaders, String signature) {

    /**
     * Null unless the header names the algorithm and has exactly these parts, with a credential and non-empty signed
     * headers and signature; the signed header names come lower-cased.
     */
    public static SignedAuthorizationHeader parse(String header, String algorithm) {
        if (header == null || !header.startsWith(algorithm + " ")) {
            return null;
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : header.substring(algorithm.length() + 1).split(",")) {
            String item = part.trim();
            int eq = item.indexOf('=');
            if (eq < 0) {
                return null;
            }
            String value = item.substring(eq + 1).trim();
            switch (item.substring(0, eq).trim()) {
                case "Credential" -> credential = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> {
                    return null;
                }
            }
        }
        if (credential == null
                || signedHeaders == null
                || signedHeaders.isEmpty()
                || signature == null
                || signature.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (String name : signedHeaders.split(";")) {
            names.add(name.trim().toLowerCase(Locale.ROOT));
        }
        return new SignedAuthorizationHeader(credential, List.copyOf(names), signature);
    }
}
