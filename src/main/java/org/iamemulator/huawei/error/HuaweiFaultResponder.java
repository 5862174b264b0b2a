package org.iamemulator.huawei.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iamemulator.fault.FaultResponder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Injected faults in the IAM format: 429 {@code IAM.0012} as the real service throttles, 5xx {@code IAM.0006}. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class HuaweiFaultResponder implements FaultResponder {

    /** The throttling threshold the 429 body reports, as the real service words it. */
    static final int THROTTLE_TIMES = 10;

    static final int THROTTLE_SECONDS = 1;

    private final HuaweiErrorWriter errors;

    HuaweiFaultResponder(HuaweiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public boolean answers(HttpServletRequest request) {
        return true;
    }

    @Override
    public void throttle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errors.write(
                request,
                response,
                HuaweiError.THROTTLED,
                HuaweiError.THROTTLED.message(THROTTLE_TIMES, THROTTLE_SECONDS));
    }

    @Override
    public void fail(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        errors.write(request, response, status, HuaweiError.INTERNAL);
    }
}
