package org.iamemulator.core.mfa;

/** A read-only snapshot of a virtual MFA device, without its seed. */
public record MfaDeviceView(String serialNumber, String userId, boolean enabled) {

    static MfaDeviceView of(MfaDevice device) {
        return new MfaDeviceView(device.serialNumber(), device.userId(), device.enabled());
    }
}
