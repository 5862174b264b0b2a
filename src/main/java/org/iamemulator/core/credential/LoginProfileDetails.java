package org.iamemulator.core.credential;

import java.time.Instant;
import java.util.Optional;
import org.iamemulator.core.login.LastLogin;
import org.iamemulator.core.user.UserView;

/**
 * A user's console login as dialects that report it together show it: the user and the name of its account, its
 * login profile (reset flag, creation and last change) and its latest login.
 */
public record LoginProfileDetails(
        UserView user,
        String accountName,
        boolean passwordResetRequired,
        Instant createdAt,
        Instant updatedAt,
        Optional<LastLogin> lastLogin) {}
