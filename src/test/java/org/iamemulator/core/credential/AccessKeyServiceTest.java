package org.iamemulator.core.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.iamemulator.core.user.UserFixtures.ACCOUNT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.iamemulator.core.error.InvalidInputException;
import org.iamemulator.core.error.InvalidInputException.Source;
import org.iamemulator.core.error.NotFoundException;
import org.iamemulator.core.error.QuotaExceededException;
import org.iamemulator.core.user.User;
import org.iamemulator.core.user.UserFixtures;
import org.iamemulator.support.FakeRepository;
import org.junit.jupiter.api.Test;

/** Access key rules over keys in memory: the shapes of ids and secrets, two keys per user, statuses, ownership. */
class AccessKeyServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07.891Z");

    private final UserFixtures users = new UserFixtures();
    private final User dave = users.user("u0000000000000000000000000000001", ACCOUNT, "dave");
    private final User erin = users.user("u0000000000000000000000000000002", ACCOUNT, "erin");
    private final FakeRepository<AccessKey, String> rows = new FakeRepository<>(AccessKey::accessKeyId);
    private final AccessKeyService service = new AccessKeyService(
            rows.as(
                    AccessKeyRepository.class,
                    Map.of(
                            "countByUserId",
                            args -> rows.count(key -> key.userId().equals(args[0])))),
            users.access(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aNewKeyHasA20CharacterIdAnd40CharacterSecretShownOnce() {
        AccessKeyView created = service.create(users.rootCaller, dave.id());

        assertThat(created.accessKeyId()).matches("[A-Z0-9]{20}");
        assertThat(created.secretKey()).matches("[A-Za-z0-9]{40}");
        assertThat(created.status()).isEqualTo(AccessKeyStatus.ACTIVE);
        assertThat(created.createdAt()).isEqualTo(Instant.parse("2025-03-04T05:06:07Z"));
        assertThat(rows.rows())
                .singleElement()
                .satisfies(key -> assertThat(key.userId()).isEqualTo(dave.id()));
        assertThat(service.update(users.rootCaller, dave.id(), created.accessKeyId(), "inactive")
                        .secretKey())
                .as("the secret after creation")
                .isNull();
    }

    @Test
    void aUserHasAtMostTwoKeys() {
        service.create(users.rootCaller, dave.id());
        service.create(users.rootCaller, dave.id());

        assertThatThrownBy(() -> service.create(users.rootCaller, dave.id()))
                .isInstanceOf(QuotaExceededException.class)
                .hasMessageContaining("at most 2 access keys");
        assertThat(service.create(users.rootCaller, erin.id()))
                .as("another user's first key")
                .isNotNull();
        assertThat(rows.rows()).hasSize(3);
    }

    @Test
    void theStatusIsActiveOrInactive() {
        String key = service.create(users.rootCaller, dave.id()).accessKeyId();

        assertThat(service.update(users.rootCaller, dave.id(), key, "inactive").status())
                .isEqualTo(AccessKeyStatus.INACTIVE);
        assertThat(service.update(users.rootCaller, dave.id(), key, "active").status())
                .isEqualTo(AccessKeyStatus.ACTIVE);
        assertThatThrownBy(() -> service.update(users.rootCaller, dave.id(), key, "Active"))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error.field()).isEqualTo("status");
                    assertThat(error.rule()).isEqualTo("active or inactive");
                });
        assertThatThrownBy(() -> service.update(users.rootCaller, dave.id(), key, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        error -> assertThat(error.source()).isEqualTo(Source.MISSING_BODY_FIELD));
    }

    @Test
    void anotherUsersKeyIsNotFound() {
        String erinsKey = service.create(users.rootCaller, erin.id()).accessKeyId();

        assertThatThrownBy(() -> service.delete(users.rootCaller, dave.id(), erinsKey))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        error -> assertThat(error.entityType()).isEqualTo("access key"));
        assertThat(rows.rows()).hasSize(1);
        service.delete(users.rootCaller, erin.id(), erinsKey);
        assertThat(rows.rows()).isEmpty();
    }

    @Test
    void keyIdsInThePathAreOneTo40LettersOrDigits() {
        for (String bad : new String[] {"", "K".repeat(41), "KEY-1", "key/1"}) {
            assertThatThrownBy(() -> service.lastUsed(users.rootCaller, dave.id(), bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            error -> assertThat(error.field()).isEqualTo("access_key_id"));
        }
        assertThatThrownBy(() -> service.lastUsed(users.rootCaller, dave.id(), "K".repeat(40)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNeverUsedKeyHasNoLastUse() {
        String key = service.create(users.rootCaller, dave.id()).accessKeyId();

        assertThat(service.lastUsed(users.rootCaller, dave.id(), key)).isEmpty();
    }
}
