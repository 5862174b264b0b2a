package org.iamemulator.core.login;

import java.time.Instant;

/** A user's latest successful login: when (milliseconds) and from where (null when unknown). */
public record LastLogin(Instant at, String sourceIp) {}
