package org.iamemulator.core.security;

/** One entry of a login policy's allowed address lists: an address range or netmask and its description. */
public record AllowedAddress(String value, String description) {}
