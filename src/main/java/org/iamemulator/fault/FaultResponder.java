package org.iamemulator.fault;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers an injected throttle or error in one dialect's own error format, so that each cloud's SDK sees the
 * exception it would see from the real service. Each dialect adapter provides one; the first that
 * {@linkplain #answers answers} a request writes the fault (the Huawei one, last, answers every other request).
 */
public interface FaultResponder {

    boolean answers(HttpServletRequest request);

    void throttle(HttpServletRequest request, HttpServletResponse response) throws IOException;

    void fail(HttpServletRequest request, HttpServletResponse response, int status) throws IOException;
}
