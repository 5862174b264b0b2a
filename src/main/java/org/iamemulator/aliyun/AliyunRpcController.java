package org.iamemulator.aliyun;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.CurrentCaller;
import org.iamemulator.web.DialectRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Alibaba Cloud RPC endpoint at {@code /}: hands each call to its row of {@link AliyunActions}. Only requests
 * the Alibaba authentication filter recognised reach it.
 */
@RestController
@Tag(
        name = "Alibaba Cloud RAM / IMS (RPC)",
        description = "RPC API at /: Action and Version select the operation; "
                + "signature V1 (HMAC-SHA1 parameters) or V3 (ACS3-HMAC-SHA256 header). See docs/dialects.md.")
class AliyunRpcController {

    private final AliyunActions actions;

    AliyunRpcController(AliyunActions actions) {
        this.actions = actions;
    }

    // every method and no parameter condition: a request the filter did not take (no marker header) finds
    // no partial match here and keeps the Huawei 404 for "/"; the OpenAPI document shows POST only
    @RequestMapping(path = "/", headers = DialectRequest.DIALECT_HEADER + "=" + AliyunCall.DIALECT)
    @Operation(
            operationId = "AliyunGetLoginProfile",
            summary = "Alibaba Cloud GetLoginProfile (IMS 2019-08-15, RAM 2015-05-01)",
            description = "Signed RPC request, GET or POST (V1 parameters or V3 ACS3-HMAC-SHA256 headers). IMS takes "
                    + "UserPrincipalName (<user>@<account name or id>.onaliyun.com), RAM takes UserName. Permission: "
                    + "ram:GetLoginProfile (policies write ram::GetLoginProfile) on acs:ram::<account-id>:user/<name>. "
                    + "Errors: EntityNotExist.User (404), EntityNotExist.User.LoginProfile (404), NoPermission (403), "
                    + "SignatureDoesNotMatch (400), InvalidAccessKeyId.NotFound (404), SignatureNonceUsed (400).",
            parameters = {
                @Parameter(name = "Action", in = ParameterIn.QUERY, required = true, description = "GetLoginProfile"),
                @Parameter(
                        name = "Version",
                        in = ParameterIn.QUERY,
                        required = true,
                        description = "2019-08-15 (IMS) or 2015-05-01 (RAM)"),
                @Parameter(
                        name = "UserPrincipalName",
                        in = ParameterIn.QUERY,
                        description = "IMS: <user name>@<account name or id>.onaliyun.com"),
                @Parameter(name = "UserName", in = ParameterIn.QUERY, description = "RAM: the user name"),
                @Parameter(name = "Format", in = ParameterIn.QUERY, description = "JSON (default) or XML, any case")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The login profile",
                        content = {
                            @Content(mediaType = "application/json", examples = @ExampleObject("""
                                    {"RequestId":"E517F18B-632C-48FC-93F1-CDCBCC6F8444","LoginProfile":{\
                                    "Status":"Active","LastLoginTime":"2020-10-14T07:25:25Z",\
                                    "UpdateDate":"2020-10-14T07:25:00Z","PasswordResetRequired":false,\
                                    "UserPrincipalName":"test@example.onaliyun.com","MFABindRequired":false}}""")),
                            @Content(mediaType = "text/xml")
                        }),
                @ApiResponse(
                        responseCode = "404",
                        description = "Alibaba Cloud error (docs/dialects.md)",
                        content = @Content(mediaType = "application/json", examples = @ExampleObject("""
                                    {"RequestId":"E517F18B-632C-48FC-93F1-CDCBCC6F8444","HostId":"127.0.0.1:8080",\
                                    "Code":"EntityNotExist.User","Message":"The user does not exist."}""")))
            })
    ResponseEntity<String> call(@CurrentCaller Caller caller, HttpServletRequest request) {
        AliyunCall call = AliyunCall.of(request);
        return actions.handlerOf(call.action(), call.version()).handle(call, caller, request);
    }
}
