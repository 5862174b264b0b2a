package org.iamemulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.user.UserProvisioning;
import org.iamemulator.web.WireTime;
import org.iamemulator.seed.EmulatorState;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Control API: reset to the seed state, recorded logins and health. */
@RestController
@RequestMapping(path = "/_emulator", produces = "application/json")
@Tag(name = "Emulator control")
class ControlController {

    private final EmulatorState state;
    private final UserProvisioning users;
    private final String version;
    private final Instant startedAt = Instant.now();

    ControlController(EmulatorState state, UserProvisioning users, ObjectProvider<BuildProperties> build) {
        this.state = state;
        this.users = users;
        BuildProperties info = build.getIfAvailable();
        this.version = info != null ? info.getVersion()
                : String.valueOf(ControlController.class.getPackage().getImplementationVersion());
    }

    record Login(String at, @JsonProperty("source_ip") String sourceIp) {
    }

    @PostMapping("/reset")
    @Operation(operationId = "Reset", summary = "Everything back to the seed state",
            description = "Deletes every account (or only account_id) with all it holds, and creates the configured"
                    + " and seeded accounts again.")
    Map<String, String> reset(@RequestParam(name = "account_id", required = false) String accountId) {
        state.reset(accountId);
        return Map.of("reset", accountId == null ? "all" : accountId);
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "CreateAccount", summary = "A new, empty account",
            description = "With generated id and root access key, so that tests running in parallel each work in an"
                    + " account of their own.")
    Map<String, String> createAccount() {
        EmulatorState.NewAccount account = state.createAccount();
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("account_id", account.accountId());
        answer.put("account_name", account.accountName());
        answer.put("root_access_key", account.rootAccessKey());
        answer.put("root_secret_key", account.rootSecretKey());
        return answer;
    }

    @PostMapping(path = "/users/{user_id}/logins", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "RecordLogin", summary = "Record a login of a user at any time, past included",
            description = "ShowUserLastLoginV5 (and the other dialects) then report it. at: ISO-8601 instant,"
                    + " default now.")
    Map<String, String> recordLogin(@PathVariable("user_id") String userId, @RequestBody Login login) {
        if (!users.exists(userId)) {
            throw new NotFoundException("user", userId);
        }
        Instant at;
        try {
            at = login.at() == null ? Instant.now() : Instant.parse(login.at());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field("at", login.at(), "an ISO-8601 instant such as 2024-01-31T08:00:00Z");
        }
        Instant recorded = users.recordLogin(userId, at, login.sourceIp());
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("user_id", userId);
        answer.put("at", WireTime.millis(recorded));
        answer.put("source_ip", login.sourceIp());
        return answer;
    }

    @GetMapping("/health")
    @Operation(operationId = "Health", summary = "Version and uptime of this emulator")
    Map<String, Object> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "UP");
        health.put("version", version);
        health.put("started_at", startedAt.toString());
        health.put("uptime_seconds", Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime()).toSeconds());
        return health;
    }
}
