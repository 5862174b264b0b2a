package org.iamemulator.core.policy;

import java.util.regex.Pattern;
import org.iamemulator.core.catalog.AuthorizationCatalog;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.MalformedPolicyException;
import org.iamemulator.policyengine.PolicyDocument;
import org.iamemulator.policyengine.PolicyValidationException;

/** The documented input rules for identity policies (Huawei IAM v5 CreatePolicyV5 and friends). */
public final class PolicyRules {

    private static final Pattern VERSION_ID = Pattern.compile("v[1-9][0-9]{0,8}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_+=.@-]{1,128}");
    private static final Pattern DESCRIPTION = Pattern.compile("[^@#%&<>\\\\$^*]{0,1000}");

    private PolicyRules() {}

    static void checkVersionIdParameter(String versionId) {
        if (versionId == null || !VERSION_ID.matcher(versionId).matches()) {
            throw InvalidInputException.parameter("version_id", "v followed by the version number, e.g. v1");
        }
    }

    static boolean isVersionId(String value) {
        return VERSION_ID.matcher(value).matches();
    }

    static void checkName(String name) {
        if (name == null) {
            throw InvalidInputException.missingField("policy_name");
        }
        if (!NAME.matcher(name).matches()) {
            throw InvalidInputException.field("policy_name", name, "1 to 128 letters, digits or _ + = . @ -");
        }
    }

    static void checkTypeParameter(String type) {
        if (type != null && !Policy.CUSTOM.equals(type) && !Policy.SYSTEM.equals(type)) {
            throw InvalidInputException.parameter("policy_type", "custom or system");
        }
    }

    static void checkDescription(String description) {
        if (description != null && !DESCRIPTION.matcher(description).matches()) {
            throw InvalidInputException.field(
                    "description", description, "at most 1000 characters, none of @ # % & < > \\ $ ^ *");
        }
    }

    /**
     * Validates and compiles a new document, its {@code iam:} and {@code sts:} actions against the catalog; the
     * engine's message says what is wrong and where.
     */
    static PolicyDocument parseDocument(String document) {
        if (document == null) {
            throw InvalidInputException.missingField("policy_document");
        }
        try {
            return PolicyDocument.parse(document, AuthorizationCatalog.knownActions());
        } catch (PolicyValidationException e) {
            throw new MalformedPolicyException(e.getMessage());
        }
    }
}
