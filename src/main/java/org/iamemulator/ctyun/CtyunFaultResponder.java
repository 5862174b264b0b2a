package org.iamemulator.ctyun;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.ctyun.error.AwsError;
import org.iamemulator.fault.FaultResponder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Injected faults in the AWS Query format: 400 {@code Throttling}; 503 {@code ServiceUnavailable}. */
@Component
@Order(0) // before the Huawei responder, which answers every request
class CtyunFaultResponder implements FaultResponder {

    @Override
    public boolean answers(HttpServletRequest request) {
        return CtyunCall.of(request) != null;
    }

    @Override
    public void throttle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AwsXml.write(request, response, AwsError.THROTTLING.failure());
    }

    @Override
    public void fail(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        AwsError error = status == 503 ? AwsError.SERVICE_UNAVAILABLE : AwsError.SERVICE_FAILURE;
        AwsXml.write(request, response, error.failure(), status);
    }
}
