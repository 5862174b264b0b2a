package org.iamemulator.policyengine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Condition-key names and their validation. Names are case-insensitive. Every key needs a service prefix
 * ({@code <service>:}); keys with the global prefix {@code g:} must be one of the known global keys below,
 * other service prefixes ({@code iam:}, {@code obs:}, ...) are accepted without further checks.
 */
public final class ConditionKeys {

    public static final String RESOURCE_TAG_PREFIX = "g:ResourceTag/";
    public static final String REQUEST_TAG_PREFIX = "g:RequestTag/";
    public static final String PRINCIPAL_TAG_PREFIX = "g:PrincipalTag/";
    public static final String TAG_KEYS = "g:TagKeys";
    public static final String PRINCIPAL_URN = "g:PrincipalUrn";
    public static final String PRINCIPAL_ACCOUNT = "g:PrincipalAccount";
    public static final String PRINCIPAL_IS_ROOT_USER = "g:PrincipalIsRootUser";
    public static final String PRINCIPAL_TYPE = "g:PrincipalType";
    public static final String USER_ID = "g:UserId";
    public static final String USER_NAME = "g:UserName";
    public static final String SOURCE_IP = "g:SourceIp";
    public static final String CURRENT_TIME = "g:CurrentTime";
    public static final String SECURE_TRANSPORT = "g:SecureTransport";
    public static final String MFA_PRESENT = "g:MFAPresent";
    public static final String MFA_AGE = "g:MFAAge";
    public static final String DOMAIN_NAME = "g:DomainName";
    public static final String PROJECT_NAME = "g:ProjectName";
    public static final String SERVICE_NAME = "g:ServiceName";
    public static final String IAM_RESOURCE_IS_ROOT_USER = "iam:ResourceIsRootUser";
    public static final String IAM_POLICY_URN = "iam:PolicyURN";
    public static final String IAM_SERVICE_PRINCIPAL = "iam:ServicePrincipal";
    // the keys of trust policies (sts:agencies:assume and the session actions)
    public static final String SOURCE_ACCOUNT = "g:SourceAccount";
    public static final String SOURCE_URN = "g:SourceUrn";
    public static final String STS_EXTERNAL_ID = "sts:ExternalId";
    public static final String STS_SOURCE_IDENTITY = "sts:SourceIdentity";
    public static final String STS_AGENCY_SESSION_NAME = "sts:AgencySessionName";
    public static final String STS_TRANSITIVE_TAG_KEYS = "sts:TransitiveTagKeys";

    /** Value type of a documented key; informational, operators are not restricted by it. */
    public enum Type {
        STRING,
        NUMERIC,
        DATE,
        BOOLEAN,
        IP_ADDRESS
    }

    /** A documented key: name as spelled in docs, its type and whether it carries several values. */
    public record KeyInfo(String name, Type type, boolean multiValued) {}

    private static final Map<String, KeyInfo> FIXED = new LinkedHashMap<>();
    private static final String[] TAG_PREFIXES_LOWER = {
        RESOURCE_TAG_PREFIX.toLowerCase(Locale.ROOT),
        REQUEST_TAG_PREFIX.toLowerCase(Locale.ROOT),
        PRINCIPAL_TAG_PREFIX.toLowerCase(Locale.ROOT),
    };

    static {
        add(TAG_KEYS, Type.STRING, true);
        add(PRINCIPAL_URN, Type.STRING, false);
        add(PRINCIPAL_ACCOUNT, Type.STRING, false);
        add(PRINCIPAL_IS_ROOT_USER, Type.BOOLEAN, false);
        add(PRINCIPAL_TYPE, Type.STRING, false);
        add(USER_ID, Type.STRING, false);
        add(USER_NAME, Type.STRING, false);
        add(SOURCE_IP, Type.IP_ADDRESS, false);
        add(CURRENT_TIME, Type.DATE, false);
        add(SECURE_TRANSPORT, Type.BOOLEAN, false);
        add(MFA_PRESENT, Type.BOOLEAN, false);
        add(MFA_AGE, Type.NUMERIC, false);
        add(DOMAIN_NAME, Type.STRING, false);
        add(PROJECT_NAME, Type.STRING, false);
        add(SERVICE_NAME, Type.STRING, false);
        add(IAM_RESOURCE_IS_ROOT_USER, Type.BOOLEAN, false);
        add(IAM_POLICY_URN, Type.STRING, false);
        add(IAM_SERVICE_PRINCIPAL, Type.STRING, false);
        add(SOURCE_ACCOUNT, Type.STRING, false);
        add(SOURCE_URN, Type.STRING, false);
        add(STS_EXTERNAL_ID, Type.STRING, false);
        add(STS_SOURCE_IDENTITY, Type.STRING, false);
        add(STS_AGENCY_SESSION_NAME, Type.STRING, false);
        add(STS_TRANSITIVE_TAG_KEYS, Type.STRING, true);
    }

    private ConditionKeys() {}

    private static void add(String name, Type type, boolean multi) {
        FIXED.put(name.toLowerCase(Locale.ROOT), new KeyInfo(name, type, multi));
    }

    /** Fixed-name keys (tag-key families excluded), keyed by lower-cased name. */
    public static Map<String, KeyInfo> fixedKeys() {
        return Collections.unmodifiableMap(FIXED);
    }

    /**
     * Validates a key as written in a policy and returns its normalised (lower-cased) form.
     * @throws PolicyValidationException naming {@code location}
     */
    static String normalize(String key, String location) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            throw new PolicyValidationException(location, "condition key must have a service prefix such as \"g:\"");
        }
        for (int i = 0; i < colon; i++) {
            char c = key.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
                throw new PolicyValidationException(location, "invalid service prefix in condition key");
            }
        }
        if (colon == key.length() - 1) {
            throw new PolicyValidationException(location, "condition key has no name after the service prefix");
        }
        for (int i = 0; i < key.length(); i++) {
            if (Character.isISOControl(key.charAt(i))) {
                throw new PolicyValidationException(location, "condition key contains a control character");
            }
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.startsWith("g:") && !isKnownGlobal(lower)) {
            throw new PolicyValidationException(location, "unknown global condition key \"" + key + "\"");
        }
        return lower;
    }

    private static boolean isKnownGlobal(String lower) {
        if (FIXED.containsKey(lower)) {
            return true;
        }
        for (String prefix : TAG_PREFIXES_LOWER) {
            if (lower.startsWith(prefix) && lower.length() > prefix.length()) {
                return true;
            }
        }
        return false;
    }
}
