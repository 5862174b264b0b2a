package org.iamemulator.aliyun;

import jakarta.servlet.http.HttpServletRequest;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.CurrentCaller;
import org.iamemulator.web.DialectRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Alibaba Cloud RPC endpoint at {@code /}: hands each call to its row of {@link AliyunActions}. Only requests
 * the Alibaba authentication adapter recognised reach it. Its operations' OpenAPI description is
 * {@code openapi/alibaba-ram-ims.yaml}.
 */
@RestController
class AliyunRpcController {

    private final AliyunActions actions;

    AliyunRpcController(AliyunActions actions) {
        this.actions = actions;
    }

    // every method and no parameter condition: a request the adapter did not take (no marker header) finds no
    // partial match here and keeps the Huawei 404 for "/"
    @RequestMapping(path = "/", headers = DialectRequest.DIALECT_HEADER + "=" + AliyunCall.DIALECT)
    ResponseEntity<String> call(@CurrentCaller Caller caller, HttpServletRequest request) {
        AliyunCall call = AliyunCall.of(request);
        return actions.handlerOf(call.action(), call.version()).handle(call, caller, request);
    }
}
