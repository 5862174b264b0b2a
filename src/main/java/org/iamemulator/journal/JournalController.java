package org.iamemulator.journal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.iamemulator.core.error.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Control API: what the emulated APIs were asked, newest first. */
@RestController
@RequestMapping(path = "/_emulator/requests", produces = "application/json")
@Tag(name = "Emulator control")
class JournalController {

    private final RequestJournal journal;

    JournalController(RequestJournal journal) {
        this.journal = journal;
    }

    @GetMapping
    @Operation(
            operationId = "ListRequests",
            summary = "Journal of requests, newest first",
            description = "Filters: operation (e.g. ShowUserV5), principal (user name, id or URN), status,"
                    + " decision (ALLOW, EXPLICIT_DENY, IMPLICIT_DENY); limit (default 100, at most 10000).")
    Map<String, Object> list(
            @RequestParam(required = false) String operation,
            @RequestParam(required = false) String principal,
            @RequestParam(required = false) Integer status,
            @RequestParam(required = false) String decision,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw InvalidInputException.parameter("limit", "an integer from 1 to 10000");
        }
        Predicate<JournalEntry> filter = entry -> (operation == null || operation.equals(entry.operation()))
                && (principal == null
                        || (entry.principal() != null
                                && (entry.principal().equals(principal)
                                        || entry.principal().endsWith(":user:" + principal)
                                        || principal.equals(entry.principalId()))))
                && (status == null || status == entry.status())
                && (decision == null
                        || (entry.decision() != null && entry.decision().startsWith(decision)));
        List<JournalEntry> entries = journal.newest(filter, limit);
        return Map.of("requests", entries, "count", entries.size(), "retained", journal.size());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "ClearRequests", summary = "Empty the journal")
    void clear() {
        journal.clear();
    }
}
