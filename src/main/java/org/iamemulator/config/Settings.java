package org.iamemulator.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.core.env.Environment;

/**
 * The list of every setting, read from {@link EmulatorProperties} (names, defaults, {@link Setting meanings}) plus
 * Spring's {@code server.port} and {@code server.address} (defaults from {@code application.properties}): the one
 * source of {@code --help}, {@code /_emulator/config} and the README's configuration table.
 */
public final class Settings {

    static final String MASK = "******";

    /** Spring's keys that say where the emulator listens, with their meaning. */
    private static final Map<String, String> SERVER = serverSettings();

    private static final List<Entry> ALL = catalog();

    private Settings() {}

    /** One setting: its property name, its default (a value, or words when it has none) and its meaning. */
    public record Entry(
            String property,
            String defaultValue,
            boolean hasDefaultValue,
            String meaning,
            boolean secret,
            List<RecordComponent> path) {

        /** The environment variable that sets it: upper case, {@code .} and {@code -} as {@code _}. */
        public String environmentVariable() {
            return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        }

        /** Its key in {@code /_emulator/config}: {@code emulator.root.secret-key} is {@code root_secret_key}. */
        public String reportKey() {
            String name = property.startsWith("emulator.") ? property.substring("emulator.".length()) : property;
            return name.replace('.', '_').replace('-', '_');
        }

        /** The value in effect; for {@code server.*}, as the environment says (the port actually bound). */
        Object value(EmulatorProperties properties, Environment environment) {
            if (path.isEmpty()) {
                return property.equals("server.port")
                        ? environment.getProperty(
                                "local.server.port", Integer.class, environment.getProperty(property, Integer.class))
                        : environment.getProperty(property);
            }
            Object value = properties;
            for (RecordComponent component : path) {
                try {
                    value = component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + property, e);
                }
            }
            return value;
        }
    }

    /** Every setting, in the order of {@link EmulatorProperties}, after {@code server.port} and {@code .address}. */
    public static List<Entry> all() {
        return ALL;
    }

    /** The effective settings by {@link Entry#reportKey()}, secrets masked (null when unset). */
    public static Map<String, Object> report(EmulatorProperties properties, Environment environment) {
        Map<String, Object> report = new LinkedHashMap<>();
        for (Entry entry : ALL) {
            Object value = entry.value(properties, environment);
            boolean unset = value == null || value.toString().isBlank();
            report.put(entry.reportKey(), unset ? null : entry.secret() ? MASK : shown(value));
        }
        return report;
    }

    /** The default text of a setting as the README and --help show it, e.g. {@code PT24H} or {@code in memory}. */
    static String defaultOf(String property) {
        return ALL.stream()
                .filter(entry -> entry.property().equals(property))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no setting " + property))
                .defaultValue();
    }

    /** The list for {@code --help}: each setting with its default, then its meaning, wrapped to 120 columns. */
    public static String helpText() {
        StringBuilder help = new StringBuilder();
        for (Entry entry : ALL) {
            help.append("  --").append(entry.property());
            if (entry.hasDefaultValue()) {
                help.append('=').append(entry.defaultValue());
            } else {
                help.append("   (default: ").append(entry.defaultValue()).append(')');
            }
            help.append('\n');
            wrap(help, entry.meaning(), "        ", 120);
        }
        return help.toString();
    }

    /** The README's configuration table, in Markdown. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| Property | Environment variable | Default | Meaning |\n")
                .append("|---|---|---|---|\n");
        for (Entry entry : ALL) {
            table.append("| `")
                    .append(entry.property())
                    .append("` | `")
                    .append(entry.environmentVariable())
                    .append("` | ")
                    .append(entry.hasDefaultValue() ? "`" + entry.defaultValue() + "`" : entry.defaultValue())
                    .append(" | ")
                    .append(entry.meaning().replace("|", "\\|"))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static Object shown(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT);
        }
        return value instanceof Duration duration ? duration.toString() : value;
    }

    private static List<Entry> catalog() {
        List<Entry> entries = new ArrayList<>();
        Properties application = applicationProperties();
        SERVER.forEach((property, meaning) -> {
            String value = application.getProperty(property);
            entries.add(new Entry(
                    property, value == null ? "every interface" : value, value != null, meaning, false, List.of()));
        });
        collect(EmulatorProperties.class, "emulator.", List.of(), entries);
        return List.copyOf(entries);
    }

    private static void collect(Class<?> record, String prefix, List<RecordComponent> path, List<Entry> entries) {
        RecordComponent[] components = record.getRecordComponents();
        Parameter[] parameters = canonicalConstructor(record, components).getParameters();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Name name = parameters[i].getAnnotation(Name.class);
            String property = prefix + (name != null ? name.value() : kebabCase(component.getName()));
            List<RecordComponent> at = new ArrayList<>(path);
            at.add(component);
            if (component.getType().isRecord()) {
                collect(component.getType(), property + ".", at, entries);
                continue;
            }
            Setting setting = parameters[i].getAnnotation(Setting.class);
            if (setting == null) {
                throw new IllegalStateException(property + " has no @Setting saying what it means");
            }
            DefaultValue defaultValue = parameters[i].getAnnotation(DefaultValue.class);
            boolean hasDefault = defaultValue != null && defaultValue.value().length > 0;
            entries.add(new Entry(
                    property,
                    hasDefault ? String.join(",", defaultValue.value()) : setting.unset(),
                    hasDefault,
                    setting.value(),
                    setting.secret(),
                    List.copyOf(at)));
        }
    }

    private static Constructor<?> canonicalConstructor(Class<?> record, RecordComponent[] components) {
        try {
            return record.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(record + " has no canonical constructor", e);
        }
    }

    private static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> serverSettings() {
        Map<String, String> server = new LinkedHashMap<>();
        server.put("server.port", "HTTP port");
        server.put(
                "server.address",
                "bind address; 0.0.0.0 listens on every interface, as the container image does"
                        + " (then set emulator.control.token and your own root keys)");
        return server;
    }

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static void wrap(StringBuilder out, String text, String indent, int width) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
