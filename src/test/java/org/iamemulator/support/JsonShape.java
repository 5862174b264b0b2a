package org.iamemulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Compares two JSON documents by shape: the same field names, value types and nesting, values aside. */
public final class JsonShape {

    private JsonShape() {}

    public static void assertSameShape(JsonNode actual, JsonNode expected) {
        compare("$", actual, expected);
    }

    private static void compare(String path, JsonNode actual, JsonNode expected) {
        assertThat(actual.getNodeType()).as("type of %s", path).isEqualTo(expected.getNodeType());
        if (expected.isObject()) {
            assertThat(names(actual)).as("fields of %s", path).containsExactlyInAnyOrderElementsOf(names(expected));
            for (String name : names(expected)) {
                compare(path + "." + name, actual.get(name), expected.get(name));
            }
        } else if (expected.isArray() && !expected.isEmpty()) {
            assertThat(actual.size()).as("size of %s", path).isPositive();
            for (int i = 0; i < actual.size(); i++) {
                compare(path + "[" + i + "]", actual.get(i), expected.get(0));
            }
        }
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
