package org.iamemulator.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** How far a signed request's time may be from the server's, in every dialect: 15 minutes either way. */
@Component
public class ClockSkew {

    public static final Duration ALLOWED = Duration.ofMinutes(15);

    private final Clock clock;

    public ClockSkew(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Whether a request signed at that time may still (or already) be accepted. */
    public boolean allows(Instant signedAt) {
        return Duration.between(signedAt, clock.instant()).abs().compareTo(ALLOWED) <= 0;
    }

    /** The clock, for what must expire with the skew window (remembered nonces). */
    public Clock clock() {
        return clock;
    }
}
