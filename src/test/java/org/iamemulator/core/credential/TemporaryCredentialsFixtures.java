package org.iamemulator.core.credential;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.iamemulator.support.FakeRepository;

/** The real TemporaryCredentials over sessions in memory, for unit tests of the services that issue them. */
public final class TemporaryCredentialsFixtures {

    private TemporaryCredentialsFixtures() {}

    public static TemporaryCredentials inMemory(Clock clock) {
        FakeRepository<TemporaryCredential, String> rows = new FakeRepository<>(TemporaryCredential::accessKeyId);
        return new TemporaryCredentials(
                rows.as(TemporaryCredentialRepository.class, Map.of("deleteExpiredBefore", args -> 0)),
                new CredentialSettings(Duration.ofHours(1), "unit-test-master-key"),
                clock);
    }
}
