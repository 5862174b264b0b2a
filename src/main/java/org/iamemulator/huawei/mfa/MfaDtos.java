package org.iamemulator.huawei.mfa;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.iamemulator.core.mfa.CreatedMfaDevice;
import org.iamemulator.core.mfa.MfaDeviceView;
import org.iamemulator.huawei.PageInfo;

/** The request and response bodies of the v5 virtual MFA APIs, field for field as the SDK's models. */
final class MfaDtos {

    private MfaDtos() {}

    @Schema(name = "CreateVirtualMfaDeviceReqBody")
    record CreateVirtualMfaDeviceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("virtual_mfa_device_name")
            String virtualMfaDeviceName,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("user_id")
            String userId) {}

    @Schema(name = "VirtualMfaDevice", description = "The seed is only ever in this answer")
    record VirtualMfaDeviceBody(
            @Schema(example = "iam::accountid:mfa:name") @JsonProperty("serial_number")
            String serialNumber,

            @Schema(description = "RFC 4648 base32 TOTP seed (20 bytes)") @JsonProperty("base32_string_seed")
            String base32StringSeed) {

        static VirtualMfaDeviceBody of(CreatedMfaDevice device) {
            return new VirtualMfaDeviceBody(device.serialNumber(), device.base32Seed());
        }
    }

    @Schema(name = "CreateVirtualMfaDeviceV5Response")
    record CreateVirtualMfaDeviceResponse(
            @JsonProperty("virtual_mfa_device") VirtualMfaDeviceBody virtualMfaDevice) {}

    @Schema(name = "EnableMfaDeviceReqBody")
    record EnableMfaDeviceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("user_id")
            String userId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("serial_number")
            String serialNumber,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the code of one 30-second step")
            @JsonProperty("authentication_code_first")
            String authenticationCodeFirst,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the code of the next step")
            @JsonProperty("authentication_code_second")
            String authenticationCodeSecond) {}

    @Schema(name = "DisableMfaDeviceReqBody")
    record DisableMfaDeviceRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("user_id")
            String userId,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @JsonProperty("serial_number")
            String serialNumber) {}

    @Schema(name = "MfaDeviceMetadata")
    record MfaDeviceBody(
            @JsonProperty("serial_number") String serialNumber,
            @JsonProperty("user_id") String userId,
            boolean enabled) {

        static MfaDeviceBody of(MfaDeviceView device) {
            return new MfaDeviceBody(device.serialNumber(), device.userId(), device.enabled());
        }
    }

    @Schema(name = "ListMfaDevicesV5Response")
    record ListMfaDevicesResponse(
            @JsonProperty("mfa_devices") List<MfaDeviceBody> mfaDevices,
            @JsonProperty("page_info") PageInfo pageInfo) {}
}
