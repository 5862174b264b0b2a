package org.iamemulator.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of every non-2xx answer of the Huawei dialect, which the emulator's own APIs (control, faults, journal)
 * answer with too: {@code error_code}, {@code error_msg}, {@code request_id}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "HuaweiErrorBody")
public record IamErrorBody(
        @JsonProperty("error_code") String errorCode,
        @JsonProperty("error_msg") String errorMsg,
        @JsonProperty("request_id") String requestId,
        @JsonProperty("encoded_authorization_message") String encodedAuthorizationMessage) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public IamErrorBody(String errorCode, String errorMsg, String requestId) {
        this(errorCode, errorMsg, requestId, null);
    }

    /** Writes the body of this code and message, with the request's id, from a servlet filter. */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, int status, String errorCode, String errorMsg)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(
                response.getOutputStream(), new IamErrorBody(errorCode, errorMsg, RequestIdFilter.requestId(request)));
    }
}
