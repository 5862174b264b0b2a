package org.iamemulator.control;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.config.Settings;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /_emulator/config}: every setting in effect, where the emulator listens, secrets masked. */
@RestController
@RequestMapping(path = "/_emulator", produces = "application/json")
@Tag(name = "Emulator control")
class ConfigController {

    private final EmulatorProperties properties;
    private final Environment environment;

    ConfigController(EmulatorProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    @GetMapping("/config")
    @Operation(
            operationId = "Config",
            summary = "The effective emulator configuration, secrets masked",
            description = "Every setting of --help, keyed by its name without emulator. in snake case (root_secret_key"
                    + " for emulator.root.secret-key), plus server_address and server_port (the port bound). Secrets"
                    + " read ****** when set, null when not.")
    Map<String, Object> config() {
        return Settings.report(properties, environment);
    }
}
