package org.iamemulator.core.user;

/** What UpdateUser asks to change; a null member leaves that attribute as it is. */
public record UserChanges(String newName, String newDescription, Boolean enabled) {}
