package org.iamemulator.core.user;

/** What CreateUser asks for; {@code enabled} is required by the API, so null means it was not sent. */
public record NewUser(String name, String description, Boolean enabled) {}
