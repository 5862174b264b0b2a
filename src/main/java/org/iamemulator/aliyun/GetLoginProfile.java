package org.iamemulator.aliyun;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iamemulator.aliyun.error.AliyunError;
import org.iamemulator.core.credential.LoginProfileDetails;
import org.iamemulator.core.credential.LoginProfileService;
import org.iamemulator.core.identity.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * {@code GetLoginProfile}: IMS 2019-08-15 names the user by {@code UserPrincipalName}, RAM 2015-05-01 by
 * {@code UserName}; both are one core operation ({@link LoginProfileService#showByUserName}) with two answers.
 */
@Component
class GetLoginProfile {

    static final String POLICY_ACTION = AcsNames.policyAction(AliyunCall.GET_LOGIN_PROFILE);

    private final LoginProfileService profiles;

    GetLoginProfile(LoginProfileService profiles) {
        this.profiles = profiles;
    }

    ResponseEntity<String> ims(AliyunCall call, Caller caller, HttpServletRequest request) {
        UserPrincipalName upn = UserPrincipalName.parse(call.parameters().get("UserPrincipalName"));
        LoginProfileDetails details =
                profiles.showByUserName(caller, upn.account(), upn.userName(), POLICY_ACTION, AcsNames.USERS);
        return respond(request, call, imsProfile(details));
    }

    ResponseEntity<String> ram(AliyunCall call, Caller caller, HttpServletRequest request) {
        String userName = call.parameters().get("UserName");
        if (userName == null || userName.isEmpty()) {
            throw AliyunError.missing("UserName");
        }
        if (userName.length() > 64) {
            throw AliyunError.INVALID_USER_NAME_LENGTH.failure();
        }
        if (!UserPrincipalName.USER_NAME_CHARS.matcher(userName).matches()) {
            throw AliyunError.INVALID_USER_NAME_CHARS.failure();
        }
        LoginProfileDetails details =
                profiles.showByUserName(caller, caller.accountId(), userName, POLICY_ACTION, AcsNames.USERS);
        return respond(request, call, ramProfile(details));
    }

    /** IMS {@code LoginProfile} members, in the documented order. */
    static Map<String, Object> imsProfile(LoginProfileDetails details) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("Status", details.user().enabled() ? "Active" : "Inactive");
        details.lastLogin().ifPresent(last -> profile.put("LastLoginTime", AliyunResponses.time(last.at())));
        profile.put("UpdateDate", AliyunResponses.time(details.updatedAt()));
        profile.put("PasswordResetRequired", details.passwordResetRequired());
        profile.put("UserPrincipalName", UserPrincipalName.of(details.user().name(), details.accountName()));
        profile.put("MFABindRequired", false);
        return profile;
    }

    /** RAM {@code LoginProfile} members, in the documented order. */
    static Map<String, Object> ramProfile(LoginProfileDetails details) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("UserName", details.user().name());
        profile.put("CreateDate", AliyunResponses.time(details.createdAt()));
        profile.put("PasswordResetRequired", details.passwordResetRequired());
        profile.put("MFABindRequired", false);
        return profile;
    }

    private static ResponseEntity<String> respond(
            HttpServletRequest request, AliyunCall call, Map<String, Object> profile) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("RequestId", AliyunResponses.requestId(request));
        body.put("LoginProfile", profile);
        return AliyunResponses.ok(call.format(), "GetLoginProfileResponse", body);
    }
}
