package org.iamemulator.huawei.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.credential.LoginProfileService;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.security.SecurityPolicyService;
import org.iamemulator.huawei.security.SecurityPolicyDtos.ChangePasswordRequest;
import org.iamemulator.huawei.security.SecurityPolicyDtos.LoginPolicyBody;
import org.iamemulator.huawei.security.SecurityPolicyDtos.LoginPolicyResponse;
import org.iamemulator.huawei.security.SecurityPolicyDtos.PasswordPolicyBody;
import org.iamemulator.huawei.security.SecurityPolicyDtos.PasswordPolicyResponse;
import org.iamemulator.huawei.security.SecurityPolicyDtos.TokenPolicyBody;
import org.iamemulator.huawei.security.SecurityPolicyDtos.TokenPolicyResponse;
import org.iamemulator.web.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Huawei IAM v5 account security policies (password, login, token) and the caller's own password change. */
@RestController
@Tag(name = "Security policies (Huawei IAM v5)")
class HuaweiSecurityPolicyController {

    private final SecurityPolicyService policies;
    private final LoginProfileService profiles;

    HuaweiSecurityPolicyController(SecurityPolicyService policies, LoginProfileService profiles) {
        this.policies = policies;
        this.profiles = profiles;
    }

    @GetMapping(path = "/v5/password-policy", produces = "application/json")
    @Operation(operationId = "ShowPasswordPolicyV5", summary = "The account's password policy")
    PasswordPolicyResponse showPasswordPolicy(@CurrentCaller Caller caller) {
        return new PasswordPolicyResponse(PasswordPolicyBody.of(policies.showPasswordPolicy(caller)));
    }

    @PutMapping(path = "/v5/password-policy", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "UpdatePasswordPolicyV5", summary = "Change the fields of the password policy it names")
    PasswordPolicyResponse updatePasswordPolicy(@CurrentCaller Caller caller, @RequestBody PasswordPolicyBody body) {
        return new PasswordPolicyResponse(PasswordPolicyBody.of(policies.updatePasswordPolicy(caller, body.change())));
    }

    @GetMapping(path = "/v5/login-policy", produces = "application/json")
    @Operation(operationId = "ShowLoginPolicyV5", summary = "The account's login policy")
    LoginPolicyResponse showLoginPolicy(@CurrentCaller Caller caller) {
        return new LoginPolicyResponse(LoginPolicyBody.of(policies.showLoginPolicy(caller)));
    }

    @PutMapping(path = "/v5/login-policy", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "UpdateLoginPolicyV5", summary = "Change the fields of the login policy it names")
    LoginPolicyResponse updateLoginPolicy(@CurrentCaller Caller caller, @RequestBody LoginPolicyBody body) {
        return new LoginPolicyResponse(LoginPolicyBody.of(policies.updateLoginPolicy(caller, body.change())));
    }

    @GetMapping(path = "/v5/token-policy", produces = "application/json")
    @Operation(
            operationId = "ShowTokenPolicyV5",
            summary = "Whether IAM users' password logins get tokens",
            description = "In the Node.js SDK 3.1.170 to 3.1.172 only; withdrawn by the real service since.")
    TokenPolicyResponse showTokenPolicy(@CurrentCaller Caller caller) {
        return new TokenPolicyResponse(new TokenPolicyBody(policies.showTokenPolicy(caller)));
    }

    @PutMapping(path = "/v5/token-policy", consumes = "application/json", produces = "application/json")
    @Operation(
            operationId = "UpdateTokenPolicyV5",
            summary = "Let IAM users' password logins get tokens, or not",
            description = "In the Node.js SDK 3.1.170 to 3.1.172 only; withdrawn by the real service since.")
    TokenPolicyResponse updateTokenPolicy(@CurrentCaller Caller caller, @RequestBody TokenPolicyBody body) {
        return new TokenPolicyResponse(new TokenPolicyBody(policies.updateTokenPolicy(caller, body.tokenEnabled())));
    }

    @PostMapping(path = "/v5/caller-password", consumes = "application/json")
    @Operation(operationId = "ChangePasswordV5", summary = "The caller changes its own console password")
    void changePassword(@CurrentCaller Caller caller, @RequestBody ChangePasswordRequest body) {
        profiles.changeOwn(caller, body.oldPassword(), body.newPassword());
    }
}
