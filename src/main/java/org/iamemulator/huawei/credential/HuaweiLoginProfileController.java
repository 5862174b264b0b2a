package org.iamemulator.huawei.credential;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.credential.LoginProfileService;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.huawei.credential.CredentialDtos.LoginProfileBody;
import org.iamemulator.huawei.credential.CredentialDtos.LoginProfileRequest;
import org.iamemulator.huawei.credential.CredentialDtos.LoginProfileResponse;
import org.iamemulator.web.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Huawei IAM v5 login profile (console password) APIs. */
@RestController
@RequestMapping(path = "/v5/users/{user_id}/login-profile", produces = "application/json")
@Tag(name = "Login profiles (Huawei IAM v5)")
class HuaweiLoginProfileController {

    private final LoginProfileService profiles;

    HuaweiLoginProfileController(LoginProfileService profiles) {
        this.profiles = profiles;
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "CreateLoginProfileV5", summary = "Give a user a console password")
    LoginProfileResponse create(
            @CurrentCaller Caller caller,
            @PathVariable("user_id") String userId,
            @RequestBody LoginProfileRequest body) {
        return new LoginProfileResponse(
                LoginProfileBody.of(profiles.create(caller, userId, body.password(), body.passwordResetRequired())));
    }

    @GetMapping
    @Operation(operationId = "ShowLoginProfileV5", summary = "Show a user's login profile")
    LoginProfileResponse show(@CurrentCaller Caller caller, @PathVariable("user_id") String userId) {
        return new LoginProfileResponse(LoginProfileBody.of(profiles.show(caller, userId)));
    }

    @PutMapping(consumes = "application/json")
    @Operation(operationId = "UpdateLoginProfileV5", summary = "Change a user's console password")
    LoginProfileResponse update(
            @CurrentCaller Caller caller,
            @PathVariable("user_id") String userId,
            @RequestBody LoginProfileRequest body) {
        return new LoginProfileResponse(
                LoginProfileBody.of(profiles.update(caller, userId, body.password(), body.passwordResetRequired())));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "DeleteLoginProfileV5", summary = "Remove a user's console password")
    void delete(@CurrentCaller Caller caller, @PathVariable("user_id") String userId) {
        profiles.delete(caller, userId);
    }
}
