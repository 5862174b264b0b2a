package org.iamemulator.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.iamemulator.core.identity.AuthMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says loudly, once the emulator is ready, when others can reach it with what anyone can read in the README: the
 * development root credentials, an unguarded control API, or no authentication at all. And when secrets are kept in
 * a lasting store under the development master key.
 */
@Component
class StartupWarnings {

    private static final Logger log = LoggerFactory.getLogger(StartupWarnings.class);
    private static final String RULE = "=".repeat(100);

    private final EmulatorProperties properties;
    private final Environment environment;

    StartupWarnings(EmulatorProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        String address = environment.getProperty("server.address");
        List<String> risks = reachableFromOtherHosts(address) ? risks(properties) : List.of();
        if (!risks.isEmpty()) {
            log.warn(exposureBlock(address, environment.getProperty("local.server.port", "?"), risks));
        }
        boolean lastingStore =
                !environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:mem:");
        if (lastingStore
                && isDefault("emulator.secrets.master-key", properties.secrets().masterKey())) {
            log.warn("Secret keys are encrypted at rest with the development master key; set"
                    + " emulator.secrets.master-key for any store that must keep them confidential");
        }
    }

    /** Whether a server bound to {@code address} (null: every interface) accepts connections from other hosts. */
    static boolean reachableFromOtherHosts(String address) {
        if (address == null || address.isBlank()) {
            return true;
        }
        try {
            return !InetAddress.getByName(address.trim()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    /** What lets anyone who reaches the port take over: development credentials, no control token, no auth. */
    static List<String> risks(EmulatorProperties properties) {
        List<String> risks = new ArrayList<>();
        EmulatorProperties.Root root = properties.root();
        if (isDefault("emulator.root.access-key", root.accessKey())
                || isDefault("emulator.root.secret-key", root.secretKey())) {
            risks.add("the root access key or secret key is the development value from the README: anyone can sign"
                    + " as the root user (set emulator.root.access-key and emulator.root.secret-key)");
        }
        if (isDefault("emulator.root.password", root.password())) {
            risks.add("the root password is the development value: anyone can log in as the root user (set"
                    + " emulator.root.password)");
        }
        if (properties.control().token() == null || properties.control().token().isBlank()) {
            risks.add("/_emulator is unguarded: anyone can reset every account, inject faults and read the request"
                    + " journal (set emulator.control.token)");
        }
        if (properties.auth().mode() == AuthMode.OFF) {
            risks.add("emulator.auth.mode=off: every request is accepted, unsigned ones as the root user");
        }
        return risks;
    }

    static String exposureBlock(String address, String port, List<String> risks) {
        StringBuilder block = new StringBuilder("\n")
                .append(RULE)
                .append('\n')
                .append("The IAM emulator listens on ")
                .append(address == null || address.isBlank() ? "every interface" : address)
                .append(", port ")
                .append(port)
                .append(": other hosts can reach it, and\n");
        risks.forEach(risk -> block.append("  - ").append(risk).append('\n'));
        return block.append("Keep it on this host with server.address=127.0.0.1, or set the settings above.\n")
                .append(RULE)
                .toString();
    }

    private static boolean isDefault(String property, String value) {
        return Settings.defaultOf(property).equals(value);
    }
}
