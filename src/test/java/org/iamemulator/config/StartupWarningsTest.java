package org.iamemulator.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupWarningsTest {

    private static final Map<String, String> OWN_CREDENTIALS = Map.of(
            "emulator.root.access-key",
            "OWNROOTKEY0000000001",
            "emulator.root.secret-key",
            "OwnRootSecretKey00000000000000000000000a",
            "emulator.root.password",
            "Own-Root-Passw0rd",
            "emulator.control.token",
            "own-control-token");

    @Test
    void onlyLoopbackAddressesKeepOtherHostsOut() {
        assertThat(StartupWarnings.reachableFromOtherHosts("127.0.0.1")).isFalse();
        assertThat(StartupWarnings.reachableFromOtherHosts("127.0.0.2")).isFalse();
        assertThat(StartupWarnings.reachableFromOtherHosts("::1")).isFalse();
        assertThat(StartupWarnings.reachableFromOtherHosts("localhost")).isFalse();
        assertThat(StartupWarnings.reachableFromOtherHosts(null))
                .as("unset: every interface")
                .isTrue();
        assertThat(StartupWarnings.reachableFromOtherHosts("")).isTrue();
        assertThat(StartupWarnings.reachableFromOtherHosts("0.0.0.0")).isTrue();
        assertThat(StartupWarnings.reachableFromOtherHosts("::")).isTrue();
        assertThat(StartupWarnings.reachableFromOtherHosts("192.0.2.10")).isTrue();
    }

    @Test
    void theDefaultsLeaveTheRootCredentialsAndTheControlApiOpen() {
        List<String> risks = StartupWarnings.risks(SettingsTest.bind(Map.of()));

        assertThat(risks).hasSize(3);
        assertThat(risks.get(0)).contains("emulator.root.access-key", "emulator.root.secret-key");
        assertThat(risks.get(1)).contains("emulator.root.password");
        assertThat(risks.get(2)).contains("/_emulator", "emulator.control.token");
    }

    @Test
    void ownCredentialsAndAControlTokenLeaveNothingToSay() {
        assertThat(StartupWarnings.risks(SettingsTest.bind(OWN_CREDENTIALS))).isEmpty();
    }

    @Test
    void aDevelopmentSecretKeyAloneIsEnoughToWarn() {
        Map<String, String> ownKeyIdOnly = new java.util.HashMap<>(OWN_CREDENTIALS);
        ownKeyIdOnly.remove("emulator.root.secret-key");

        assertThat(StartupWarnings.risks(SettingsTest.bind(ownKeyIdOnly)))
                .singleElement()
                .asString()
                .contains("secret key");
    }

    @Test
    void authModeOffIsARiskOfItsOwn() {
        Map<String, String> off = new java.util.HashMap<>(OWN_CREDENTIALS);
        off.put("emulator.auth.mode", "off");

        assertThat(StartupWarnings.risks(SettingsTest.bind(off)))
                .singleElement()
                .asString()
                .contains("emulator.auth.mode=off");
    }

    @Test
    void theBlockNamesTheAddressThePortAndEachRisk() {
        String block = StartupWarnings.exposureBlock("0.0.0.0", "8080", List.of("first risk", "second risk"));

        assertThat(block)
                .contains(
                        "listens on 0.0.0.0, port 8080: other hosts can reach it",
                        "  - first risk\n",
                        "  - second risk\n",
                        "server.address=127.0.0.1");
        assertThat(StartupWarnings.exposureBlock(null, "8080", List.of("x"))).contains("listens on every interface");
    }
}
