package org.iamemulator.core.mfa;

/** A virtual MFA device just created: the only answer that ever carries its base32 seed. */
public record CreatedMfaDevice(String serialNumber, String base32Seed) {}
