package org.iamemulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.iamemulator.config.EmulatorProperties;
import org.iamemulator.core.authz.AuthorizationMessages;
import org.iamemulator.core.authz.PolicySimulator;
import org.iamemulator.core.authz.PolicySimulator.Simulation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The policy simulator of the emulator's control API ({@code /_emulator/...}, no authentication): what would the
 * Huawei API decide for this user or these documents? The same engine and request context as enforcement.
 */
@RestController
@Tag(name = "Emulator control")
class SimulatorController {

    private final PolicySimulator simulator;
    private final EmulatorProperties properties;

    SimulatorController(PolicySimulator simulator, EmulatorProperties properties) {
        this.simulator = simulator;
        this.properties = properties;
    }

    /** Documents may be sent as JSON strings (as CreatePolicyV5 takes them) or as JSON objects. */
    record SimulateRequest(
            @JsonProperty("account_id") String accountId,
            @JsonProperty("principal_user_id") String principalUserId,
            @JsonProperty("policy_documents") List<JsonNode> policyDocuments,
            List<String> actions,
            List<String> resources,
            Map<String, List<String>> context,
            @JsonProperty("trust_policy") JsonNode trustPolicy) {}

    record SimulateResponse(List<ResultBody> results) {}

    record ResultBody(
            String action,
            String resource,
            String decision,
            @JsonProperty("deciding_statements") List<Map<String, Object>> decidingStatements,

            @Schema(
                    description = "known: an iam or sts action; unknown: named after iam or sts, which have no such"
                            + " action (a misspelling?); not_catalogued: another service's action, not checked")
            @JsonProperty("action_status")
            String actionStatus) {}

    @PostMapping(path = "/_emulator/simulate", consumes = "application/json", produces = "application/json")
    @Operation(
            operationId = "Simulate",
            summary = "Decide actions on resources without performing them",
            description = "principal_user_id (its own and its groups' policies, its tags) and/or policy_documents;"
                    + " actions; resources (URNs; omitted: no resource); context: extra condition-key values;"
                    + " trust_policy: decide by an agency's trust policy for the principal user instead.")
    SimulateResponse simulate(@RequestBody SimulateRequest body) {
        List<String> documents = body.policyDocuments() == null
                ? null
                : body.policyDocuments().stream().map(SimulatorController::text).toList();
        Simulation simulation = new Simulation(
                body.accountId() == null ? properties.accountId() : body.accountId(),
                body.principalUserId(),
                documents,
                body.actions(),
                body.resources(),
                body.context(),
                body.trustPolicy() == null ? null : text(body.trustPolicy()));
        return new SimulateResponse(simulator.simulate(simulation).stream()
                .map(result -> new ResultBody(
                        result.action(),
                        result.resource(),
                        result.decision().outcome().name(),
                        result.decision().deciding().stream()
                                .map(AuthorizationMessages::statement)
                                .toList(),
                        result.actionStatus().wireName()))
                .toList());
    }

    private static String text(JsonNode document) {
        return document.isString() ? document.asString() : document.toString();
    }
}
