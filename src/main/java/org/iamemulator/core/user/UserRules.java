package org.iamemulator.core.user;

import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;

/** The documented input rules for users (Huawei IAM v5 CreateUserV5 / UpdateUserV5). */
public final class UserRules {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final String ID_RULE = "1 to 64 letters, digits or hyphens";
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z_. -][A-Za-z0-9_. -]{0,63}");
    private static final Pattern DESCRIPTION = Pattern.compile("[^@#%&<>\\\\$^*]{0,255}");

    private UserRules() {}

    public static void checkUserIdParameter(String userId) {
        checkIdParameter("user_id", userId);
    }

    /** A path or query id of a user, group or policy: 1 to 64 letters, digits or hyphens. */
    public static void checkIdParameter(String name, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw InvalidInputException.parameter(name, ID_RULE);
        }
    }

    /** The same rule for an id sent in a body ({@code user_id} of AttachUserPolicyV5, …). */
    public static void checkIdField(String name, String id) {
        if (id == null) {
            throw InvalidInputException.missingField(name);
        }
        if (!ID.matcher(id).matches()) {
            throw InvalidInputException.field(name, id, ID_RULE);
        }
    }

    public static void checkName(String field, String name) {
        if (name == null) {
            throw InvalidInputException.missingField(field);
        }
        if (!USER_NAME.matcher(name).matches()) {
            throw InvalidInputException.field(
                    field,
                    name,
                    "1 to 64 letters, digits, underscores, hyphens, periods or spaces, not starting with a digit");
        }
    }

    public static void checkDescription(String field, String description) {
        if (description != null && !DESCRIPTION.matcher(description).matches()) {
            throw InvalidInputException.field(
                    field, description, "at most 255 characters, none of @ # % & < > \\ $ ^ *");
        }
    }
}
