package org.iamemulator.core.credential;

import java.time.Instant;

/** A login profile as the APIs show it; passwords never expire in the emulator. */
public record LoginProfileView(String userId, boolean passwordResetRequired, Instant createdAt) {

    static LoginProfileView of(LoginProfile profile) {
        return new LoginProfileView(profile.userId(), profile.passwordResetRequired(), profile.createdAt());
    }
}
