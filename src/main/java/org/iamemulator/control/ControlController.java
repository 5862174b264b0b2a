package org.iamemulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.user.UserProvisioning;
import org.iamemulator.fault.FaultInjector;
import org.iamemulator.journal.RequestJournal;
import org.iamemulator.seed.EmulatorState;
import org.iamemulator.web.WireTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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

    /** What a reset can empty besides the accounts: the request journal and the fault rules. */
    private static final List<String> RESET_ALSO = List.of("requests", "faults");

    private final EmulatorState state;
    private final UserProvisioning users;
    private final RequestJournal journal;
    private final FaultInjector faults;
    private final String version;
    private final Instant startedAt = Instant.now();

    ControlController(
            EmulatorState state,
            UserProvisioning users,
            RequestJournal journal,
            FaultInjector faults,
            ObjectProvider<BuildProperties> build) {
        this.state = state;
        this.users = users;
        this.journal = journal;
        this.faults = faults;
        BuildProperties info = build.getIfAvailable();
        this.version = info != null
                ? info.getVersion()
                : String.valueOf(ControlController.class.getPackage().getImplementationVersion());
    }

    record Login(String at, @JsonProperty("source_ip") String sourceIp) {}

    record NewAccountRequest(String name) {}

    @PostMapping("/reset")
    @Operation(
            operationId = "Reset",
            summary = "Everything back to the seed state",
            description = "Deletes every account but those created by POST /_emulator/accounts, with all they hold,"
                    + " and writes the configured and seeded accounts back as seeded. With account_id, only that"
                    + " account, which may be one created by POST /_emulator/accounts (it keeps its root key)."
                    + " include=requests,faults also empties the request journal and removes the fault rules, in the"
                    + " same call (what the JUnit extension does before each test).")
    Map<String, String> reset(
            @RequestParam(name = "account_id", required = false) String accountId,
            @RequestParam(name = "include", required = false) List<String> include) {
        List<String> also = include == null ? List.of() : include;
        if (!RESET_ALSO.containsAll(also)) {
            throw InvalidInputException.parameter("include", "requests, faults or both, separated by a comma");
        }
        state.reset(accountId);
        if (also.contains("requests")) {
            journal.clear();
        }
        if (also.contains("faults")) {
            faults.clear();
        }
        return Map.of("reset", accountId == null ? "all" : accountId);
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "CreateAccount",
            summary = "A new account seeded like the default one, for one test",
            description = "Copies the default account's seeded users, tags, keys, logins, policies and groups into a"
                    + " new account with a new root access key; the root password is the default account's. The copy's"
                    + " ids are derived from the account id and the seeded ids (docs/testing.md). A reset of everything"
                    + " leaves the account alone.")
    Map<String, String> createAccount(@RequestBody(required = false) NewAccountRequest request) {
        EmulatorState.NewAccount account = state.createAccount(request == null ? null : request.name());
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("account_id", account.accountId());
        answer.put("account_name", account.accountName());
        answer.put("root_access_key", account.rootAccessKey());
        answer.put("root_secret_key", account.rootSecretKey());
        return answer;
    }

    @DeleteMapping("/accounts/{account_id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "DeleteAccount",
            summary = "Delete an account created by POST /_emulator/accounts",
            description = "With everything in it: its keys stop working at once.")
    void deleteAccount(@PathVariable("account_id") String accountId) {
        state.deleteAccount(accountId);
    }

    @PostMapping(path = "/users/{user_id}/logins", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "RecordLogin",
            summary = "Record a login of a user at any time, past included",
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
        health.put(
                "uptime_seconds",
                Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime())
                        .toSeconds());
        return health;
    }
}
