package org.iamemulator.ctyun;

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
 * The CTyun OOS IAM endpoint (the AWS IAM Query API, version 2010-05-08) at {@code /}: hands each call to its row of
 * {@link CtyunActions}. Only requests the CTyun authentication filter recognised reach it.
 */
@RestController
@Tag(
        name = "CTyun OOS IAM (AWS Query)",
        description = "AWS IAM Query API at /: form parameters Action and Version="
                + "2010-05-08, AWS Signature Version 4 (service iam, any region). See docs/dialects.md.")
class CtyunQueryController {

    private final CtyunActions actions;

    CtyunQueryController(CtyunActions actions) {
        this.actions = actions;
    }

    // every method and no parameter condition: a request the filter did not take (no marker header) finds
    // no partial match here and keeps the Huawei 404 for "/"; the OpenAPI document shows POST only
    @RequestMapping(path = "/", headers = DialectRequest.DIALECT_HEADER + "=" + CtyunCall.DIALECT)
    @Operation(
            operationId = "CtyunGetUser",
            summary = "CTyun / AWS IAM GetUser (2010-05-08)",
            description = "Form body (any Content-Type) or query Action=GetUser&Version=2010-05-08[&UserName=…], "
                    + "GET or POST, signed with AWS Signature Version 4. Without UserName: the caller. Permission: "
                    + "iam:GetUser (policies write iam::GetUser) on arn:ctyun:iam::<account-id>:user/<name>. Errors "
                    + "as AWS ErrorResponse XML: NoSuchEntity (404), AccessDenied (403), InvalidClientTokenId (403), "
                    + "SignatureDoesNotMatch (403), ValidationError (400).",
            parameters = {
                @Parameter(name = "Action", in = ParameterIn.QUERY, required = true, description = "GetUser"),
                @Parameter(name = "Version", in = ParameterIn.QUERY, description = "2010-05-08 (the default)"),
                @Parameter(name = "UserName", in = ParameterIn.QUERY, description = "The user; omitted: the caller")
            },
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "The user",
                        content = @Content(mediaType = "text/xml", examples = @ExampleObject("""
                                    <GetUserResponse><GetUserResult><User><PasswordLastUsed>2019-01-07T05:57:35Z\
                                    </PasswordLastUsed><UserName>test_user</UserName><Arn>arn:ctyun:iam::\
                                    10rc2arpn6306:user/test_user</Arn><UserId>dd3cf79eda454f04871a87386792914f\
                                    </UserId><IPLastUsed>10.1.1.1</IPLastUsed><Tags><member><Value>test_value\
                                    </Value><Key>test_tag</Key></member></Tags><CreateDate>2019-01-07T05:53:20Z\
                                    </CreateDate></User></GetUserResult><ResponseMetadata><RequestId>\
                                    c8ea4d156d0f44aa</RequestId></ResponseMetadata></GetUserResponse>"""))),
                @ApiResponse(
                        responseCode = "404",
                        description = "AWS ErrorResponse (docs/dialects.md)",
                        content = @Content(mediaType = "text/xml", examples = @ExampleObject("""
                                    <ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>\
                                    The user with name test_user cannot be found.</Message></Error><RequestId>\
                                    c8ea4d156d0f44aa</RequestId></ErrorResponse>""")))
            })
    ResponseEntity<String> call(@CurrentCaller Caller caller, HttpServletRequest request) {
        CtyunCall call = CtyunCall.of(request);
        return actions.handlerOf(call.action(), call.version()).handle(call, caller, request);
    }
}
