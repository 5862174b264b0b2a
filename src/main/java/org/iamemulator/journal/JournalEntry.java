package org.iamemulator.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One request as the journal shows it: who asked for what, what was decided and answered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
        String time,
        @JsonProperty("request_id") String requestId,
        String method,
        String path,
        String operation,
        @JsonProperty("account_id") String accountId,
        String principal,
        @JsonProperty("principal_id") String principalId,
        String action,
        String resource,
        String decision,
        @JsonProperty("deciding_statements") List<String> decidingStatements,
        int status,
        @JsonProperty("duration_ms") long durationMs) {}
