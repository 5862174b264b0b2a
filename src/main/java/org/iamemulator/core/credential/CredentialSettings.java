package org.iamemulator.core.credential;

import java.time.Duration;

/** The lifetime of tokens from password login and the master key that encrypts secret keys at rest. */
public record CredentialSettings(Duration tokenTtl, String masterKey) {}
