package org.iamemulator.huawei;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code page_info} of every v5 list answer; {@code next_marker} only when another page exists. */
public record PageInfo(
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("next_marker")
        String nextMarker,

        @JsonProperty("current_count") int currentCount) {}
