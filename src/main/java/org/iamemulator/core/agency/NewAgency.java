package org.iamemulator.core.agency;

/**
 * What CreateAgencyV5 asks for; {@code path}, {@code maxSessionDuration} and {@code description} may be null for
 * their defaults ("", 3600 s, "").
 */
public record NewAgency(String name, String path, String trustPolicy, Integer maxSessionDuration, String description) {}
