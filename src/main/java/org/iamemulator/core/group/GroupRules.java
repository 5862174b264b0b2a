package org.iamemulator.core.group;

import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.user.UserRules;

/** The documented input rules for groups (Huawei IAM v5 CreateGroupV5 / UpdateGroupV5). */
final class GroupRules {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} _{}-]{1,128}");

    private GroupRules() {}

    static void checkName(String field, String name) {
        if (name == null) {
            throw InvalidInputException.missingField(field);
        }
        if (!NAME.matcher(name).matches()) {
            throw InvalidInputException.field(
                    field, name, "1 to 128 letters (any language), digits, spaces or _ - { }");
        }
    }

    static void checkDescription(String field, String description) {
        UserRules.checkDescription(field, description);
    }
}
