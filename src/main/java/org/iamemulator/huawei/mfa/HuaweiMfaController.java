package org.iamemulator.huawei.mfa;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.iamemulator.core.identity.Caller;
import org.iamemulator.core.mfa.MfaDeviceView;
import org.iamemulator.core.mfa.MfaService;
import org.iamemulator.core.paging.Page;
import org.iamemulator.core.paging.PageRequest;
import org.iamemulator.huawei.PageInfo;
import org.iamemulator.huawei.mfa.MfaDtos.CreateVirtualMfaDeviceRequest;
import org.iamemulator.huawei.mfa.MfaDtos.CreateVirtualMfaDeviceResponse;
import org.iamemulator.huawei.mfa.MfaDtos.DisableMfaDeviceRequest;
import org.iamemulator.huawei.mfa.MfaDtos.EnableMfaDeviceRequest;
import org.iamemulator.huawei.mfa.MfaDtos.ListMfaDevicesResponse;
import org.iamemulator.huawei.mfa.MfaDtos.MfaDeviceBody;
import org.iamemulator.huawei.mfa.MfaDtos.VirtualMfaDeviceBody;
import org.iamemulator.web.CurrentCaller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Huawei IAM v5 virtual MFA device APIs. */
@RestController
@Tag(name = "Virtual MFA devices (Huawei IAM v5)")
class HuaweiMfaController {

    private final MfaService mfa;

    HuaweiMfaController(MfaService mfa) {
        this.mfa = mfa;
    }

    @PostMapping(path = "/v5/virtual-mfa-devices", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "CreateVirtualMfaDeviceV5",
            summary = "Create a user's virtual MFA device",
            description = "One device per user; the base32 TOTP seed is" + " only in this answer.")
    CreateVirtualMfaDeviceResponse create(
            @CurrentCaller Caller caller, @RequestBody CreateVirtualMfaDeviceRequest body) {
        return new CreateVirtualMfaDeviceResponse(
                VirtualMfaDeviceBody.of(mfa.create(caller, body.userId(), body.virtualMfaDeviceName())));
    }

    @DeleteMapping("/v5/virtual-mfa-devices")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "DeleteVirtualMfaDeviceV5",
            summary = "Delete a virtual MFA device that is not enabled",
            description = "An enabled device is refused (409): disable it" + " first.")
    void delete(
            @CurrentCaller Caller caller,
            @RequestParam(name = "user_id", required = false) String userId,
            @Parameter(example = "iam::accountid:mfa:name") @RequestParam(name = "serial_number", required = false)
                    String serialNumber) {
        mfa.delete(caller, userId, serialNumber);
    }

    @PostMapping(path = "/v5/mfa-devices/enable", consumes = "application/json")
    @Operation(
            operationId = "EnableMfaDeviceV5",
            summary = "Enable a virtual MFA device with two consecutive codes",
            description = "From then on the user's password login needs a code.")
    void enable(@CurrentCaller Caller caller, @RequestBody EnableMfaDeviceRequest body) {
        mfa.enable(
                caller,
                body.userId(),
                body.serialNumber(),
                body.authenticationCodeFirst(),
                body.authenticationCodeSecond());
    }

    @PostMapping(path = "/v5/mfa-devices/disable", consumes = "application/json")
    @Operation(operationId = "DisableMfaDeviceV5", summary = "Disable a virtual MFA device")
    void disable(@CurrentCaller Caller caller, @RequestBody DisableMfaDeviceRequest body) {
        mfa.disable(caller, body.userId(), body.serialNumber());
    }

    @GetMapping(path = "/v5/mfa-devices", produces = "application/json")
    @Operation(operationId = "ListMfaDevicesV5", summary = "List MFA devices")
    ListMfaDevicesResponse list(
            @CurrentCaller Caller caller,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String marker,
            @Parameter(description = "only this user's device") @RequestParam(name = "user_id", required = false)
                    String userId) {
        Page<MfaDeviceView> page = mfa.list(caller, userId, PageRequest.of(limit, marker));
        return new ListMfaDevicesResponse(
                page.items().stream().map(MfaDeviceBody::of).toList(),
                new PageInfo(page.nextMarker(), page.items().size()));
    }
}
