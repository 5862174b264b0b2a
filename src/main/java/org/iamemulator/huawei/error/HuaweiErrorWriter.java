package org.iamemulator.huawei.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.web.RequestIdFilter;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes an IAM error body from a servlet filter, where no controller advice applies. */
@Component
public class HuaweiErrorWriter {

    private final JsonMapper json;

    HuaweiErrorWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HuaweiError error, String message)
            throws IOException {
        write(request, response, error.status().value(), error, message);
    }

    /** An error body of the catalogue's code and message, under another status (injected faults). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, HuaweiError error)
            throws IOException {
        write(request, response, status, error, error.message());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, HuaweiError error,
            String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
                new HuaweiErrorBody(error.code(), message, RequestIdFilter.requestId(request)));
    }
}
