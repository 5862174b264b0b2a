package org.iamemulator.core.user;

import java.util.Optional;
import org.iamemulator.core.login.LastLogin;

/** A user with its latest login (empty when it never logged in), as dialects that report them together show it. */
public record UserWithLastLogin(UserView user, Optional<LastLogin> lastLogin) {}
