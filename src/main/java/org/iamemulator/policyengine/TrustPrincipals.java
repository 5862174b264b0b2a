package org.iamemulator.policyengine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The {@code Principal} (or {@code NotPrincipal}) element of one trust-policy statement. An {@code IAM} value is
 * {@code *} (every IAM principal), an account id or {@code iam::<account-id>:root} (every principal of that account),
 * or a principal's URN (that principal only); a {@code Service} value is {@code *} or {@code service.<name>}
 * (case-insensitive); an {@code Identity_provider} value is {@code *} or a provider's URN.
 */
final class TrustPrincipals {

    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern ROOT = Pattern.compile("iam::([0-9a-f]{32}):root");
    private static final Pattern IAM_URN = Pattern.compile("(iam|sts)::[0-9a-f]{32}:[A-Za-z-]+:[^\\p{Cntrl}]+");
    private static final Pattern SERVICE = Pattern.compile("service\\.[A-Za-z0-9-]{1,56}");
    private static final Pattern PROVIDER_URN = Pattern.compile("\\S{1,1500}");

    private final Map<PrincipalType, List<String>> values;
    private final boolean not;

    private TrustPrincipals(Map<PrincipalType, List<String>> values, boolean not) {
        this.values = values;
        this.not = not;
    }

    /** Reads the statement's Principal or NotPrincipal; {@code loc} is the statement's place. */
    static TrustPrincipals parse(JsonNode statement, String loc) {
        JsonNode principal = statement.get("Principal");
        JsonNode notPrincipal = statement.get("NotPrincipal");
        if (principal != null && notPrincipal != null) {
            throw new PolicyValidationException(loc, "Principal and NotPrincipal cannot both be present");
        }
        if (principal == null && notPrincipal == null) {
            throw new PolicyValidationException(loc, "one of Principal or NotPrincipal is required");
        }
        JsonNode map = principal != null ? principal : notPrincipal;
        String mapLoc = loc + (principal != null ? ".Principal" : ".NotPrincipal");
        if (!map.isObject() || map.isEmpty()) {
            throw new PolicyValidationException(
                    mapLoc, "must be an object with IAM, Service or Identity_provider lists");
        }
        Map<PrincipalType, List<String>> values = new EnumMap<>(PrincipalType.class);
        for (Map.Entry<String, JsonNode> entry : map.properties()) {
            String typeLoc = mapLoc + "." + entry.getKey();
            PrincipalType type = PrincipalType.byElement(entry.getKey());
            if (type == null) {
                throw new PolicyValidationException(
                        typeLoc, "unknown principal type, expected IAM, Service or" + " Identity_provider");
            }
            List<String> items = PolicyParser.stringList(entry.getValue(), typeLoc);
            List<String> normalised = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                String value = items.get(i);
                String problem = check(type, value);
                if (problem != null) {
                    throw new PolicyValidationException(
                            entry.getValue().isArray() ? typeLoc + "[" + i + "]" : typeLoc, problem);
                }
                normalised.add(type == PrincipalType.SERVICE ? value.toLowerCase(Locale.ROOT) : value);
            }
            values.put(type, List.copyOf(normalised));
        }
        return new TrustPrincipals(Collections.unmodifiableMap(values), notPrincipal != null);
    }

    private static String check(PrincipalType type, String value) {
        if (value.equals("*")) {
            return null;
        }
        return switch (type) {
            case IAM ->
                ACCOUNT_ID.matcher(value).matches()
                                || ROOT.matcher(value).matches()
                                || IAM_URN.matcher(value).matches()
                        ? null
                        : "must be *, a 32-hex account id, iam::<account-id>:root or a principal's URN such as"
                                + " iam::<account-id>:user:<name>";
            case SERVICE ->
                SERVICE.matcher(value).matches() ? null : "must be * or service.<name> (1 to 56 letters, digits or -)";
            case IDENTITY_PROVIDER ->
                PROVIDER_URN.matcher(value).matches() ? null : "must be * or an identity provider's URN";
        };
    }

    /** Whether the statement applies to the principal: it is named (Principal) or it is not (NotPrincipal). */
    boolean appliesTo(TrustPrincipal principal) {
        return named(principal) != not;
    }

    Map<PrincipalType, List<String>> values() {
        return values;
    }

    boolean notPrincipal() {
        return not;
    }

    private boolean named(TrustPrincipal principal) {
        List<String> candidates = values.get(principal.type());
        if (candidates == null) {
            return false;
        }
        for (String value : candidates) {
            if (value.equals("*") || names(principal, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(TrustPrincipal principal, String value) {
        return switch (principal.type()) {
            case IAM -> {
                if (ACCOUNT_ID.matcher(value).matches()) {
                    yield value.equals(principal.accountId());
                }
                var root = ROOT.matcher(value);
                yield root.matches() ? root.group(1).equals(principal.accountId()) : value.equals(principal.id());
            }
            case SERVICE -> value.equalsIgnoreCase(principal.id());
            case IDENTITY_PROVIDER -> value.equals(principal.id());
        };
    }
}
