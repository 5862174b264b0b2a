package org.iamemulator.junit5;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What makes one emulator differ from another: its seed file and its properties. Test classes asking for equal
 * configurations share one emulator.
 */
record EmulatorConfiguration(String seed, SortedMap<String, String> properties) {

    private static final List<String> SECRET_NAMES = List.of("secret", "password", "token", "key");

    /** {@code properties} as {@code name=value}; a name given twice keeps its last value. */
    static EmulatorConfiguration of(String seed, List<String> properties) {
        SortedMap<String, String> byName = new TreeMap<>();
        for (String property : properties) {
            int equals = property.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("Emulator property '" + property + "' is not name=value");
            }
            byName.put(property.substring(0, equals).trim(), property.substring(equals + 1));
        }
        return new EmulatorConfiguration(
                seed == null || seed.isBlank() ? null : seed, Collections.unmodifiableSortedMap(byName));
    }

    /** For messages and logs: secrets, passwords, tokens and keys masked. */
    String describe() {
        return "seed " + (seed == null ? "(none)" : seed) + ", properties "
                + properties.entrySet().stream()
                        .map(p -> p.getKey() + "=" + (isSecret(p.getKey()) ? "******" : p.getValue()))
                        .collect(Collectors.joining(", ", "[", "]"));
    }

    private static boolean isSecret(String name) {
        String lower = name.toLowerCase();
        return SECRET_NAMES.stream().anyMatch(lower::contains);
    }
}
