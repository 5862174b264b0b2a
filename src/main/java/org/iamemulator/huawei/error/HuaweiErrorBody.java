package org.iamemulator.huawei.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of every non-2xx answer of the Huawei dialect. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HuaweiErrorBody(
        @JsonProperty("error_code") String errorCode,
        @JsonProperty("error_msg") String errorMsg,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("encoded_authorization_message") String encodedAuthorizationMessage) {

    public HuaweiErrorBody(String errorCode, String errorMsg, String requestId) {
        this(errorCode, errorMsg, requestId, null);
    }
}
