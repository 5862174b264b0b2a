package org.iamemulator.huawei.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.web.IamErrorBody;
import org.springframework.stereotype.Component;

/** Writes an IAM error body from a servlet filter, where no controller advice applies. */
@Component
public class HuaweiErrorWriter {

    public void write(HttpServletRequest request, HttpServletResponse response, HuaweiError error, String message)
            throws IOException {
        IamErrorBody.write(request, response, error.status().value(), error.code(), message);
    }

    /** An error body of the catalogue's code and message, under another status (injected faults). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, HuaweiError error)
            throws IOException {
        IamErrorBody.write(request, response, status, error.code(), error.message());
    }
}
