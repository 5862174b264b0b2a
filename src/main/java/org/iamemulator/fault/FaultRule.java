package org.iamemulator.fault;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fault to inject into matching requests. Matching: every given criterion must hold ({@code operation} is the
 * operation name such as {@code ShowUserV5}; {@code path} a regular expression over the path; {@code principal} the
 * caller's user name, user id or URN). Effect: {@code latency} (fixed {@code latency_ms}, or a random value up to
 * {@code latency_max_ms}), {@code throttle} (429 IAM.0012), {@code error} (an IAM error with {@code status}, 500 by
 * default) or {@code reset} (the connection is dropped mid-answer). {@code probability} (0–1, default 1) and
 * {@code count} (how many times at most; unlimited when absent) bound it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(
        String id,
        String operation,
        String path,
        String principal,
        String effect,
        @JsonProperty("latency_ms") Long latencyMs,
        @JsonProperty("latency_max_ms") Long latencyMaxMs,
        Integer status,
        Double probability,
        Integer count,
        @JsonProperty("times_applied") Integer timesApplied) {

    public static final String LATENCY = "latency";
    public static final String THROTTLE = "throttle";
    public static final String ERROR = "error";
    public static final String RESET = "reset";
}
