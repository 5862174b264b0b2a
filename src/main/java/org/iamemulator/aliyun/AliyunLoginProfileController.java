package org.iamemulator.aliyun;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.iamemulator.web.DialectRequest;
import org.iamemulator.aliyun.error.AliyunError;
import org.iamemulator.aliyun.error.AliyunException;
import org.iamemulator.core.account.AccountService;
import org.iamemulator.core.error.AccessDeniedException;
import org.iamemulator.core.authz.PermissionCheck;
import org.iamemulator.core.credential.LoginProfileDetails;
import org.iamemulator.core.credential.LoginProfileQueries;
import org.iamemulator.core.error.ApiException;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.error.StoreOutage;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.web.CurrentCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alibaba Cloud {@code GetLoginProfile}: IMS 2019-08-15 (by {@code UserPrincipalName}) and RAM 2015-05-01 (by
 * {@code UserName}), RPC style at {@code /}. Only requests the Alibaba authentication filter recognised reach it.
 */
@RestController
@Tag(name = "Alibaba Cloud RAM / IMS (RPC)", description = "RPC API at /: Action and Version select the operation; "
        + "signature V1 (HMAC-SHA1 parameters) or V3 (ACS3-HMAC-SHA256 header). See docs/dialects.md.")
class AliyunLoginProfileController {

    /** The RAM action both API versions are authorized as, in the engine's three-segment form (docs/dialects.md). */
    static final String ACTION = "ram::GetLoginProfile";
    static final String DOCUMENTED_ACTION = "ram:GetLoginProfile";

    private static final Logger log = LoggerFactory.getLogger(AliyunLoginProfileController.class);
    private static final String UPN_SUFFIX = ".onaliyun.com";
    private static final Pattern USER_NAME_CHARS = Pattern.compile("[A-Za-z0-9._@ -]+");

    private final LoginProfileQueries profiles;
    private final AccountService accounts;
    private final PermissionCheck permissions;

    AliyunLoginProfileController(LoginProfileQueries profiles, AccountService accounts,
            PermissionCheck permissions) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.permissions = permissions;
    }

    // every method and no parameter condition: a request the filter did not take (no marker header) finds
    // no partial match here and keeps the Huawei 404 for "/"; the OpenAPI document lists GET and POST
    @RequestMapping(path = "/", headers = DialectRequest.DIALECT_HEADER + "=" + AliyunCall.DIALECT)
    @Operation(operationId = "AliyunGetLoginProfile", summary = "Alibaba Cloud GetLoginProfile (IMS 2019-08-15, RAM 2015-05-01)",
            description = "Signed RPC request (V1 parameters or V3 ACS3-HMAC-SHA256 headers). IMS takes "
                    + "UserPrincipalName (<user>@<account name or id>.onaliyun.com), RAM takes UserName. Permission: "
                    + "ram:GetLoginProfile (policies write ram::GetLoginProfile) on acs:ram::<account-id>:user/<name>. "
                    + "Errors: EntityNotExist.User (404), EntityNotExist.User.LoginProfile (404), NoPermission (403), "
                    + "SignatureDoesNotMatch (400), InvalidAccessKeyId.NotFound (404), SignatureNonceUsed (400).",
            responses = @ApiResponse(responseCode = "200", description = "The login profile", content = {
                    @Content(mediaType = "application/json", examples = @ExampleObject("""
                            {"RequestId":"E517F18B-632C-48FC-93F1-CDCBCC6F8444","LoginProfile":{"Status":"Active",\
                            "LastLoginTime":"2020-10-14T07:25:25Z","UpdateDate":"2020-10-14T07:25:00Z",\
                            "PasswordResetRequired":false,"UserPrincipalName":"test@example.onaliyun.com",\
                            "MFABindRequired":false}}""")),
                    @Content(mediaType = "text/xml")}))
    ResponseEntity<String> getLoginProfile(@CurrentCaller Caller caller, HttpServletRequest request,
            @Parameter(in = ParameterIn.QUERY, description = "GetLoginProfile") @RequestParam("Action") String action,
            @Parameter(in = ParameterIn.QUERY, description = "2019-08-15 (IMS) or 2015-05-01 (RAM)")
            @RequestParam(name = "Version", required = false) String version,
            @Parameter(in = ParameterIn.QUERY, description = "IMS: <user name>@<account name or id>.onaliyun.com")
            @RequestParam(name = "UserPrincipalName", required = false) String userPrincipalName,
            @Parameter(in = ParameterIn.QUERY, description = "RAM: the user name")
            @RequestParam(name = "UserName", required = false) String userName,
            @Parameter(in = ParameterIn.QUERY, description = "JSON (default) or XML, any case")
            @RequestParam(name = "Format", required = false) String format) {
        AliyunCall call = AliyunCall.of(request);
        try {
            return AliyunCall.RAM_VERSION.equals(call.version())
                    ? ram(request, caller, call, userName)
                    : ims(request, caller, call, userPrincipalName);
        } catch (AccessDeniedException e) {
            throw AliyunError.NO_PERMISSION.failure().withAccessDeniedDetail(accessDeniedDetail(caller, e));
        }
    }

    private ResponseEntity<String> ims(HttpServletRequest request, Caller caller, AliyunCall call, String userPrincipalName) {
        if (userPrincipalName == null || userPrincipalName.isEmpty()) {
            throw AliyunError.missing("UserPrincipalName");
        }
        int at = userPrincipalName.lastIndexOf('@');
        String domain = at < 0 ? "" : userPrincipalName.substring(at + 1).toLowerCase(Locale.ROOT);
        String name = at < 0 ? "" : userPrincipalName.substring(0, at);
        if (userPrincipalName.length() > 128 || name.isEmpty() || name.length() > 64
                || !domain.endsWith(UPN_SUFFIX) || domain.length() == UPN_SUFFIX.length()
                || !USER_NAME_CHARS.matcher(name).matches()) {
            throw AliyunError.INVALID_UPN_FORMAT.failure();
        }
        String alias = domain.substring(0, domain.length() - UPN_SUFFIX.length());
        String accountName = accounts.name(caller.accountId());
        UnaryOperator<String> urn = userUrn(caller.accountId());
        if (!alias.equalsIgnoreCase(accountName) && !alias.equalsIgnoreCase(caller.accountId())) {
            // another account's user: answered exactly like a missing user of the caller's account
            permissions.requireFound(caller, ACTION, Optional.empty(), ignored -> null, urn.apply("*"),
                    () -> new NotFoundException("user", name));
        }
        LoginProfileDetails details = profiles.byUserName(caller, name, ACTION, urn);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("Status", details.user().enabled() ? "Active" : "Inactive");
        details.lastLogin().ifPresent(last -> profile.put("LastLoginTime", AliyunResponses.time(last.at())));
        profile.put("UpdateDate", AliyunResponses.time(details.updatedAt()));
        profile.put("PasswordResetRequired", details.passwordResetRequired());
        profile.put("UserPrincipalName", details.user().name() + "@" + accountName + UPN_SUFFIX);
        profile.put("MFABindRequired", false);
        return respond(request, call, profile);
    }

    private ResponseEntity<String> ram(HttpServletRequest request, Caller caller, AliyunCall call, String userName) {
        if (userName == null || userName.isEmpty()) {
            throw AliyunError.missing("UserName");
        }
        if (userName.length() > 64) {
            throw AliyunError.INVALID_USER_NAME_LENGTH.failure();
        }
        if (!USER_NAME_CHARS.matcher(userName).matches()) {
            throw AliyunError.INVALID_USER_NAME_CHARS.failure();
        }
        LoginProfileDetails details = profiles.byUserName(caller, userName, ACTION, userUrn(caller.accountId()));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("UserName", details.user().name());
        profile.put("CreateDate", AliyunResponses.time(details.createdAt()));
        profile.put("PasswordResetRequired", details.passwordResetRequired());
        profile.put("MFABindRequired", false);
        return respond(request, call, profile);
    }

    private static ResponseEntity<String> respond(HttpServletRequest request, AliyunCall call,
            Map<String, Object> profile) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", AliyunResponses.requestId(request));
        body.put("LoginProfile", profile);
        return AliyunResponses.ok(call.format(), "GetLoginProfileResponse", body);
    }

    /** {@code acs:ram::<account-id>:user/<name>}: the current RAM resource form (docs/dialects.md). */
    static UnaryOperator<String> userUrn(String accountId) {
        return name -> "acs:ram::" + accountId + ":user/" + name;
    }

    private static Map<String, Object> accessDeniedDetail(Caller caller, AccessDeniedException e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("AuthAction", DOCUMENTED_ACTION);
        detail.put("AuthPrincipalType", "SubUser");
        detail.put("AuthPrincipalOwnerId", caller.accountId());
        detail.put("AuthPrincipalDisplayName", caller.userName());
        detail.put("NoPermissionType", e.explicit() ? "ExplicitDeny" : "ImplicitDeny");
        detail.put("PolicyType", "AccountLevelIdentityBasedPolicy");
        detail.put("EncodedDiagnosticMessage", e.encodedMessage());
        return detail;
    }

    @ExceptionHandler(AliyunException.class)
    ResponseEntity<String> aliyun(AliyunException e, HttpServletRequest request) {
        return AliyunResponses.error(request, formatOf(request), e);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
        AliyunError error = "login-profile".equals(e.entityType()) ? AliyunError.LOGIN_PROFILE_NOT_FOUND
                : AliyunError.USER_NOT_FOUND;
        return AliyunResponses.error(request, formatOf(request), error.failure());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(AccessDeniedException e, HttpServletRequest request) {
        return AliyunResponses.error(request, formatOf(request), AliyunError.NO_PERMISSION.failure());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest request) {
        return AliyunResponses.error(request, formatOf(request),
                AliyunError.INVALID_UPN_FORMAT.failure("The parameter " + e.field() + " is invalid: " + e.rule()));
    }

    @ExceptionHandler({ApiException.class, RuntimeException.class})
    ResponseEntity<String> unexpected(RuntimeException e, HttpServletRequest request) {
        if (StoreOutage.causedBy(e)) {
            return AliyunResponses.error(request, formatOf(request), AliyunError.SERVICE_UNAVAILABLE.failure());
        }
        log.error("GetLoginProfile failed", e);
        return AliyunResponses.error(request, formatOf(request), AliyunError.INTERNAL_ERROR.failure());
    }

    private static AliyunFormat formatOf(HttpServletRequest request) {
        AliyunCall call = AliyunCall.of(request);
        return call == null ? AliyunFormat.JSON : call.format();
    }
}
