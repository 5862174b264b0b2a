package org.iamemulator.core.agency;

import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.MalformedPolicyException;
import org.iamemulator.policyengine.PolicyValidationException;
import org.iamemulator.policyengine.TrustPolicy;

/** The documented input rules for agencies (Huawei IAM v5 CreateAgencyV5 and friends). */
final class AgencyRules {

    static final int MIN_SESSION_SECONDS = 3600;
    static final int MAX_SESSION_SECONDS = 43_200;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_+=,.@-]{1,64}");
    private static final Pattern DESCRIPTION = Pattern.compile("[^@#%&<>\\\\$^*]{0,1000}");
    private static final Pattern SERVICE_PRINCIPAL = Pattern.compile("service\\.[A-Za-z0-9-]{1,56}");
    private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9-]{1,1000}");

    private AgencyRules() {}

    static void checkName(String name) {
        if (name == null) {
            throw InvalidInputException.missingField("agency_name");
        }
        if (!NAME.matcher(name).matches()) {
            throw InvalidInputException.field("agency_name", name, "1 to 64 letters, digits or _ + = , . @ -");
        }
    }

    /** Null stands for the default. */
    static void checkMaxSessionDuration(Integer seconds) {
        if (seconds != null && (seconds < MIN_SESSION_SECONDS || seconds > MAX_SESSION_SECONDS)) {
            throw InvalidInputException.field(
                    "max_session_duration",
                    seconds.toString(),
                    "an integer from " + MIN_SESSION_SECONDS + " to " + MAX_SESSION_SECONDS + " (seconds)");
        }
    }

    /** At most 1000 characters, none of {@code @ # % & < > \ $ ^ *}; null stands for the default. */
    static void checkDescription(String description) {
        if (description != null && !DESCRIPTION.matcher(description).matches()) {
            throw InvalidInputException.field(
                    "description", description, "at most 1000 characters, none of @ # % & < > \\ $ ^ *");
        }
    }

    static void checkServicePrincipal(String servicePrincipal) {
        if (servicePrincipal == null) {
            throw InvalidInputException.missingField("service_principal");
        }
        if (!SERVICE_PRINCIPAL.matcher(servicePrincipal).matches()) {
            throw InvalidInputException.field(
                    "service_principal", servicePrincipal, "service. followed by 1 to 56 letters, digits or -");
        }
    }

    static void checkDeletionTaskIdParameter(String taskId) {
        if (taskId == null || !TASK_ID.matcher(taskId).matches()) {
            throw InvalidInputException.parameter("deletion_task_id", "1 to 1000 letters, digits or hyphens");
        }
    }

    /** Validates and compiles a trust policy; the engine's message says what is wrong and where. */
    static TrustPolicy parseTrustPolicy(String trustPolicy) {
        if (trustPolicy == null) {
            throw InvalidInputException.missingField("trust_policy");
        }
        try {
            return TrustPolicy.parse(trustPolicy);
        } catch (PolicyValidationException e) {
            throw new MalformedPolicyException(e.getMessage());
        }
    }
}
