package org.iamemulator.ctyun;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.iamemulator.web.DialectRequest;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.login.LastLogin;
import org.iamemulator.core.login.LoginHistory;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.core.user.UserAccess;
import org.iamemulator.core.user.UserView;
import org.iamemulator.ctyun.error.AwsError;
import org.iamemulator.ctyun.error.AwsException;
import org.iamemulator.web.CurrentCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * CTyun OOS IAM {@code GetUser} (the AWS IAM Query API, version 2010-05-08) at {@code /}. Only requests the CTyun
 * authentication filter recognised reach it.
 */
@RestController
@Tag(name = "CTyun OOS IAM (AWS Query)", description = "AWS IAM Query API at /: form parameters Action and Version="
        + "2010-05-08, AWS Signature Version 4 (service iam, any region). See docs/dialects.md.")
class CtyunUserController {

    /** {@code iam:GetUser} in the engine's three-segment form (docs/dialects.md). */
    static final String ACTION = "iam::GetUser";
    static final String DOCUMENTED_ACTION = "iam:GetUser";

    private static final Logger log = LoggerFactory.getLogger(CtyunUserController.class);
    private static final Pattern USER_NAME = Pattern.compile("[\\w+=,.@-]{1,128}");

    private final UserAccess users;
    private final LoginHistory logins;

    CtyunUserController(UserAccess users, LoginHistory logins) {
        this.users = users;
        this.logins = logins;
    }

    // every method and no parameter condition: a request the filter did not take (no marker header) finds
    // no partial match here and keeps the Huawei 404 for "/"; the OpenAPI document lists GET and POST
    @RequestMapping(path = "/", headers = DialectRequest.DIALECT_HEADER + "=" + CtyunCall.DIALECT)
    @Operation(operationId = "CtyunGetUser", summary = "CTyun / AWS IAM GetUser (2010-05-08)",
            description = "Form body (any Content-Type) or query Action=GetUser&Version=2010-05-08[&UserName=…], "
                    + "signed with AWS Signature Version 4. Without UserName: the caller. Permission: iam:GetUser "
                    + "(policies write iam::GetUser) on arn:ctyun:iam::<account-id>:user/<name>. Errors as AWS "
                    + "ErrorResponse XML: NoSuchEntity (404), AccessDenied (403), InvalidClientTokenId (403), "
                    + "SignatureDoesNotMatch (403), ValidationError (400).",
            responses = @ApiResponse(responseCode = "200", description = "The user", content = @Content(
                    mediaType = "text/xml", examples = @ExampleObject("""
                            <GetUserResponse><GetUserResult><User><PasswordLastUsed>2019-01-07T05:57:35Z\
                            </PasswordLastUsed><UserName>test_user</UserName><Arn>arn:ctyun:iam::10rc2arpn6306:\
                            user/test_user</Arn><UserId>dd3cf79eda454f04871a87386792914f</UserId><IPLastUsed>\
                            10.1.1.1</IPLastUsed><Tags><member><Value>test_value</Value><Key>test_tag</Key>\
                            </member></Tags><CreateDate>2019-01-07T05:53:20Z</CreateDate></User></GetUserResult>\
                            <ResponseMetadata><RequestId>c8ea4d156d0f44aa</RequestId></ResponseMetadata>\
                            </GetUserResponse>"""))))
    ResponseEntity<String> getUser(@CurrentCaller Caller caller, HttpServletRequest request,
            @Parameter(in = ParameterIn.QUERY, description = "GetUser") @RequestParam("Action") String action,
            @Parameter(in = ParameterIn.QUERY, description = "2010-05-08 (the default)")
            @RequestParam(name = "Version", required = false) String version,
            @Parameter(in = ParameterIn.QUERY, description = "The user; omitted: the caller")
            @RequestParam(name = "UserName", required = false) String userName) {
        String name = userName == null ? caller.userName() : userName;
        if (userName != null && !USER_NAME.matcher(userName).matches()) {
            throw AwsError.VALIDATION_ERROR.failure("1 validation error detected: Value '" + userName
                    + "' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[\\w+=,.@-]+");
        }
        UnaryOperator<String> arn = userArn(caller.accountId());
        UserView user;
        try {
            user = users.authorizeByName(caller, name, ACTION, arn);
        } catch (AccessDeniedException e) {
            throw AwsError.ACCESS_DENIED.failureWithMessage("User: " + callerArn(caller) + " is not authorized to "
                    + "perform: " + DOCUMENTED_ACTION + " on resource: " + arn.apply(name)
                    + (e.explicit() ? " with an explicit deny in an identity-based policy"
                            : " because no identity-based policy allows the " + DOCUMENTED_ACTION + " action"));
        } catch (NotFoundException e) {
            throw AwsError.NO_SUCH_ENTITY.failure(name);
        }
        Optional<LastLogin> last = logins.latest(user.id());
        StringBuilder xml = new StringBuilder("<User>");
        last.ifPresent(login -> xml.append(AwsXml.element("PasswordLastUsed", AwsXml.time(login.at()))));
        xml.append(AwsXml.element("UserName", user.name()));
        xml.append(AwsXml.element("Arn", user.rootUser() ? rootArn(user.accountId()) : arn.apply(user.name())));
        xml.append(AwsXml.element("UserId", user.rootUser() ? user.accountId() : user.id()));
        last.ifPresent(login -> xml.append(AwsXml.element("IPLastUsed", login.sourceIp())));
        if (!user.tags().isEmpty()) {
            xml.append("<Tags>");
            new java.util.TreeMap<>(user.tags()).forEach((key, value) -> xml.append("<member>")
                    .append(AwsXml.element("Value", value)).append(AwsXml.element("Key", key)).append("</member>"));
            xml.append("</Tags>");
        }
        xml.append(AwsXml.element("CreateDate", AwsXml.time(user.createdAt())));
        xml.append("</User>");
        return AwsXml.ok(request, "GetUser", xml.toString());
    }

    /** {@code arn:ctyun:iam::<account-id>:user/<name>}, as CTyun names users. */
    static UnaryOperator<String> userArn(String accountId) {
        return name -> "arn:ctyun:iam::" + accountId + ":user/" + name;
    }

    static String rootArn(String accountId) {
        return "arn:ctyun:iam::" + accountId + ":root";
    }

    private static String callerArn(Caller caller) {
        return caller.rootUser() ? rootArn(caller.accountId()) : userArn(caller.accountId()).apply(caller.userName());
    }

    @ExceptionHandler(AwsException.class)
    ResponseEntity<String> aws(AwsException e, HttpServletRequest request) {
        return AwsXml.error(request, e);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<String> unexpected(RuntimeException e, HttpServletRequest request) {
        if (StoreOutage.causedBy(e)) {
            return AwsXml.error(request, AwsError.SERVICE_UNAVAILABLE.failure());
        }
        log.error("GetUser failed", e);
        return AwsXml.error(request, AwsError.SERVICE_FAILURE.failure());
    }
}
