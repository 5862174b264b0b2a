package org.iamemulator.ctyun;

import jakarta.servlet.http.HttpServletRequest;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.CurrentCaller;
import org.iamemulator.web.DialectRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CTyun OOS IAM endpoint (the AWS IAM Query API, version 2010-05-08) at {@code /}: hands each call to its row of
 * {@link CtyunActions}. Only requests the CTyun authentication adapter recognised reach it. Its operations' OpenAPI
 * description is {@code openapi/ctyun-iam.yaml}.
 */
@RestController
class CtyunQueryController {

    private final CtyunActions actions;

    CtyunQueryController(CtyunActions actions) {
        this.actions = actions;
    }

    // every method and no parameter condition: a request the adapter did not take (no marker header) finds no
    // partial match here and keeps the Huawei 404 for "/"
    @RequestMapping(path = "/", headers = DialectRequest.DIALECT_HEADER + "=" + CtyunCall.DIALECT)
    ResponseEntity<String> call(@CurrentCaller Caller caller, HttpServletRequest request) {
        CtyunCall call = CtyunCall.of(request);
        return actions.handlerOf(call.action(), call.version()).handle(call, caller, request);
    }
}
