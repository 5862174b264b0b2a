package org.iamemulator.core.user;

import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;

/** The documented input rules for users (Huawei IAM v5 CreateUserV5 / UpdateUserV5). */
public final class UserRules {

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z_. -][A-Za-z0-9_. -]{0,63}");
    private static final Pattern DESCRIPTION = Pattern.compile("[^@#%&<>\\\\$^*]{0,255}");

    private UserRules() {
    }

    public static void checkUserIdParameter(String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw InvalidInputException.parameter("user_id", "1 to 64 letters, digits or hyphens");
        }
    }

    static void checkName(String field, String name) {
        if (name == null) {
            throw InvalidInputException.missingField(field);
        }
        if (!USER_NAME.matcher(name).matches()) {
            throw InvalidInputException.field(field, name,
                    "1 to 64 letters, digits, underscores, hyphens, periods or spaces, not starting with a digit");
        }
    }

    static void checkDescription(String field, String description) {
        if (description != null && !DESCRIPTION.matcher(description).matches()) {
            throw InvalidInputException.field(field, description,
                    "at most 255 characters, none of @ # % & < > \\ $ ^ *");
        }
    }
}
