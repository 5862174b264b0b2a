package org.iamemulator.core.tag;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidTagException;
import org.iamemulator.core.error.InvalidTagException.Kind;

/** The documented tagging rules (Huawei IAM v5 TagResourceV5 / DeleteResourceTagsV5). */
final class TagRules {

    static final int MAX_PER_REQUEST = 20;
    static final int MAX_PER_RESOURCE = 20;

    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N} _.:=+@-]{1,64}");
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{N} _.:=+@/-]{0,128}");

    private TagRules() {}

    static void checkCount(String field, Collection<?> items) {
        if (items == null) {
            throw InvalidInputException.missingField(field);
        }
        if (items.isEmpty() || items.size() > MAX_PER_REQUEST) {
            throw InvalidInputException.field(field, items.size() + " items", "1 to " + MAX_PER_REQUEST + " items");
        }
    }

    static void checkKeys(List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            checkKey(key);
            if (!seen.add(key)) {
                throw new InvalidTagException(Kind.DUPLICATE_KEY, "tag_key", key);
            }
        }
    }

    static void checkValue(String key, String value) {
        if (value == null || !VALUE.matcher(value).matches()) {
            throw new InvalidTagException(
                    Kind.NON_COMPLIANT,
                    "tag_value",
                    "value of tag '" + key + "' must be 0 to 128" + " letters, digits, spaces or _ . : = + - @ /");
        }
    }

    static void checkTotal(int total) {
        if (total > MAX_PER_RESOURCE) {
            throw new InvalidTagException(
                    Kind.NON_COMPLIANT,
                    null,
                    "a resource has at most " + MAX_PER_RESOURCE + " tags; this request would make " + total);
        }
    }

    private static void checkKey(String key) {
        if (key == null
                || !KEY.matcher(key).matches()
                || key.startsWith(" ")
                || key.endsWith(" ")
                || key.startsWith("_sys_")) {
            throw new InvalidTagException(
                    Kind.NON_COMPLIANT,
                    "tag_key",
                    "key '" + key + "' must be 1 to 64 letters, digits,"
                            + " spaces or _ . : = + - @, without leading or trailing spaces, not starting with _sys_");
        }
    }
}
