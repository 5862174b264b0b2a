package org.iamemulator.aliyun;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.aliyun.error.AliyunError;
import org.iamemulator.fault.FaultResponder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Injected faults in Alibaba Cloud's format: 400 {@code Throttling.User}; 503 {@code ServiceUnavailable}. */
@Component
@Order(0) // before the Huawei responder, which answers every request
class AliyunFaultResponder implements FaultResponder {

    @Override
    public boolean answers(HttpServletRequest request) {
        return AliyunCall.of(request) != null;
    }

    @Override
    public void throttle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AliyunResponses.write(request, response, AliyunCall.of(request).format(), AliyunError.THROTTLED.failure());
    }

    @Override
    public void fail(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        AliyunError error = status == 503 ? AliyunError.SERVICE_UNAVAILABLE : AliyunError.INTERNAL_ERROR;
        AliyunResponses.write(request, response, AliyunCall.of(request).format(), error.failure(), status);
    }
}
