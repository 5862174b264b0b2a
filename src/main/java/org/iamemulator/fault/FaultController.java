package org.iamemulator.fault;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.iamemulator.core.error.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Control API: fault injection rules. */
@RestController
@RequestMapping(path = "/_emulator/faults", produces = "application/json")
@Tag(name = "Emulator control")
class FaultController {

    private final FaultInjector faults;

    FaultController(FaultInjector faults) {
        this.faults = faults;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "AddFault",
            summary = "Inject a fault into matching requests",
            description = "effect: latency (latency_ms, latency_max_ms), throttle (429 IAM.0012), error (status),"
                    + " reset; match: operation, path (regex), principal; bounds: probability, count")
    FaultRule add(@RequestBody FaultRule rule) {
        return faults.add(rule);
    }

    @GetMapping
    @Operation(operationId = "ListFaults", summary = "The active fault rules, with how often each was applied")
    Map<String, List<FaultRule>> list() {
        return Map.of("faults", faults.list());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "ClearFaults", summary = "Remove every fault rule")
    void clear() {
        faults.clear();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "RemoveFault", summary = "Remove one fault rule")
    void remove(@PathVariable String id) {
        if (!faults.remove(id)) {
            throw new NotFoundException("fault", id);
        }
    }
}
