package org.iamemulator.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.config.Settings.Entry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;

class SettingsTest {

    private static final Map<String, String> SECRETS = Map.of(
            "emulator.root.secret-key",
            "CustomRootSecret0001",
            "emulator.root.password",
            "Custom-Root-Passw0rd",
            "emulator.secrets.master-key",
            "custom master key",
            "emulator.control.token",
            "custom-control-token",
            "emulator.authz.message-key",
            "custom message key");

    @Test
    void listsEveryLeafOfTheRecordTreeUnderItsBoundName() {
        assertThat(Settings.all())
                .extracting(Entry::property)
                .startsWith("server.port", "server.address")
                .contains(
                        "emulator.account-id",
                        "emulator.root.secret-key",
                        "emulator.db.connect-timeout",
                        "emulator.authz.message-key",
                        "emulator.token.ttl",
                        "emulator.secrets.master-key",
                        "emulator.cache.maximum-size",
                        "emulator.cache.notify",
                        "emulator.journal.max-entries")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyNameBindsAndEveryShownDefaultIsTheBoundDefault() {
        EmulatorProperties defaults = bind(Map.of());
        MockEnvironment environment = new MockEnvironment();
        for (Entry entry : emulatorSettings()) {
            Object bound = entry.value(defaults, environment);
            if (entry.hasDefaultValue()) {
                assertThat(String.valueOf(bound).toLowerCase())
                        .as(entry.property())
                        .isEqualTo(defaultAsBound(entry).toLowerCase());
            } else {
                assertThat(bound).as(entry.property()).isNull();
            }
        }
    }

    @Test
    void aValueGivenUnderTheListedNameOrEnvironmentVariableIsTheOneReported() {
        Map<String, String> given = new LinkedHashMap<>();
        emulatorSettings().forEach(entry -> given.put(entry.property(), sampleFor(entry)));
        Map<String, Object> report = Settings.report(bind(given), new MockEnvironment());

        for (Entry entry : emulatorSettings()) {
            assertThat(String.valueOf(report.get(entry.reportKey())).toLowerCase())
                    .as(entry.property())
                    .isEqualTo(entry.secret() ? Settings.MASK : sampleFor(entry).toLowerCase());
        }
        assertThat(Settings.all())
                .filteredOn(entry -> entry.property().equals("emulator.cache.maximum-size"))
                .extracting(Entry::environmentVariable)
                .containsExactly("EMULATOR_CACHE_MAXIMUM_SIZE");
    }

    @Test
    void secretsAreMaskedWhenSetAndNullWhenNot() {
        Map<String, Object> report = Settings.report(bind(SECRETS), new MockEnvironment());

        assertThat(report)
                .containsEntry("root_secret_key", Settings.MASK)
                .containsEntry("root_password", Settings.MASK)
                .containsEntry("secrets_master_key", Settings.MASK)
                .containsEntry("control_token", Settings.MASK)
                .containsEntry("authz_message_key", Settings.MASK);
        assertThat(report.toString()).doesNotContain(SECRETS.values());
        assertThat(Settings.report(bind(Map.of()), new MockEnvironment()))
                .containsEntry("control_token", null)
                .containsEntry("authz_message_key", null)
                .containsEntry("root_secret_key", Settings.MASK);
    }

    @Test
    void reportsTheBindAddressAndThePortActuallyBound() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("server.address", "0.0.0.0")
                .withProperty("server.port", "0")
                .withProperty("local.server.port", "41234");

        Map<String, Object> report = Settings.report(bind(Map.of()), environment);

        assertThat(report)
                .containsEntry("server_address", "0.0.0.0")
                .containsEntry("server_port", 41234)
                .containsEntry("auth_mode", "strict")
                .containsEntry("token_ttl", "PT24H")
                .containsEntry("account_id", EmulatorProperties.DEFAULT_ACCOUNT_ID);
    }

    @Test
    void theServerDefaultsAreTheApplicationProperties() {
        assertThat(Settings.defaultOf("server.address")).isEqualTo("127.0.0.1");
        assertThat(Settings.defaultOf("server.port")).isEqualTo("8080");
    }

    @Test
    void helpListsEverySettingWithItsDefaultOrWhatHappensWithoutOne() {
        String help = Settings.helpText();

        for (Entry entry : Settings.all()) {
            assertThat(help)
                    .contains("--" + entry.property()
                            + (entry.hasDefaultValue()
                                    ? "=" + entry.defaultValue()
                                    : "   (default: " + entry.defaultValue() + ")"));
        }
        assertThat(help.lines()).allMatch(line -> line.length() <= 120);
    }

    static EmulatorProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("emulator", EmulatorProperties.class);
    }

    private static List<Entry> emulatorSettings() {
        return Settings.all().stream()
                .filter(entry -> entry.property().startsWith("emulator."))
                .toList();
    }

    /** What the binder makes of a default: durations such as 2s are reported in ISO-8601. */
    private static String defaultAsBound(Entry entry) {
        return entry.defaultValue().equals("2s") ? "PT2S" : entry.defaultValue();
    }

    /** A valid value unlike the default. */
    private static String sampleFor(Entry entry) {
        return switch (entry.property()) {
            case "emulator.auth.mode" -> "soft";
            case "emulator.demo-data", "emulator.cache.enabled", "emulator.cache.notify" -> "false";
            case "emulator.lifecycle.exit-with-stdin" -> "true";
            case "emulator.token.ttl", "emulator.cache.ttl", "emulator.db.connect-timeout" -> "PT7M";
            case "emulator.journal.max-entries",
                    "emulator.db.pool-size",
                    "emulator.cache.maximum-size",
                    "emulator.quotas.users",
                    "emulator.quotas.groups",
                    "emulator.quotas.policies" -> "7";
            default -> "given-" + entry.reportKey();
        };
    }
}
