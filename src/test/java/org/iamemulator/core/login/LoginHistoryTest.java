package org.iamemulator.core.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import org.iamemulator.core.cache.VersionedCache.CacheSettings;
import org.iamemulator.support.FakeRepository;
import org.junit.jupiter.api.Test;

/** The latest login is the one every dialect reports; a user who never logged in has none. */
class LoginHistoryTest {

    private static final String ALICE = "a2518bb93d6f3182877d916651ee4f1b";

    private final FakeRepository<LoginRecord, Object> rows = new FakeRepository<>(record -> record);
    private final LoginHistory history = new LoginHistory(
            rows.as(
                    LoginRecordRepository.class,
                    Map.of(
                            "findFirstByUserIdOrderByLoginAtDescIdDesc",
                            args -> rows.rows().stream()
                                    .filter(record -> record.userId().equals(args[0]))
                                    .max(Comparator.comparing(LoginRecord::loginAt)))),
            new CacheSettings(true, 10, Duration.ofMinutes(1), false));

    @Test
    void theLatestLoginWithItsSourceAddress() {
        rows.add(new LoginRecord(ALICE, Instant.parse("2024-01-31T08:00:00Z"), "192.0.2.1"));
        rows.add(new LoginRecord(ALICE, Instant.parse("2024-03-01T08:00:00Z"), "192.0.2.3"));
        rows.add(new LoginRecord(ALICE, Instant.parse("2024-02-15T08:00:00Z"), "192.0.2.2"));
        rows.add(new LoginRecord("e08be540b0a93103979858155eac42fe", Instant.parse("2024-04-01T08:00:00Z"), null));

        assertThat(history.latest(ALICE)).contains(new LastLogin(Instant.parse("2024-03-01T08:00:00Z"), "192.0.2.3"));
    }

    @Test
    void noLoginNoLastLogin() {
        assertThat(history.latest(ALICE)).isEmpty();
    }
}
