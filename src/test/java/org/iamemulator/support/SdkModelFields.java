package org.iamemulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every field of an answer is one the official SDK's model declares: the SDK ignores unknown fields silently, so a
 * misspelt or extra field would be lost without this check.
 */
public final class SdkModelFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SdkModelFields() {}

    public static void assertEveryFieldKnown(String body, Class<?> model) {
        compare("$", JSON.readTree(body), model);
    }

    private static void compare(String path, JsonNode node, Class<?> model) {
        if (!node.isObject()) {
            return;
        }
        for (String name : node.propertyNames()) {
            Optional<Field> field = declared(model, name);
            assertThat(field)
                    .as("%s.%s is not a field of the SDK's %s", path, name, model.getSimpleName())
                    .isPresent();
            JsonNode value = node.get(name);
            Class<?> type = field.get().getType();
            if (value.isArray()
                    && List.class.isAssignableFrom(type)
                    && field.get().getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element) {
                for (int i = 0; i < value.size(); i++) {
                    compare(path + "." + name + "[" + i + "]", value.get(i), element);
                }
            } else {
                compare(path + "." + name, value, type);
            }
        }
    }

    private static Optional<Field> declared(Class<?> model, String name) {
        for (Class<?> type = model; type != null; type = type.getSuperclass()) {
            Optional<Field> field = Arrays.stream(type.getDeclaredFields())
                    .filter(candidate -> candidate.isAnnotationPresent(JsonProperty.class)
                            && candidate
                                    .getAnnotation(JsonProperty.class)
                                    .value()
                                    .equals(name))
                    .findFirst();
            if (field.isPresent()) {
                return field;
            }
        }
        return Optional.empty();
    }
}
