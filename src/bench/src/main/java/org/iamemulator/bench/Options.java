package org.iamemulator.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options of the bench tools: {@code --name=value}, or {@code --flag} for "true". */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();

    Options(String[] args) {
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            values.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }
}
