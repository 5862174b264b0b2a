package org.iamemulator.core.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.iamemulator.support.EmulatorIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Secret keys and passwords are never stored as they were given. */
class SecretsAtRestIT extends EmulatorIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void secretKeysAreStoredEncryptedAndStillAuthenticate() {
        String userId = givenUser(uniqueName("enc"), Map.of());
        Map<String, String> key = huawei().post("/v5/users/{id}/access-keys", userId)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("access_key");

        String stored = jdbc.queryForObject(
                "select secret_key from access_keys where access_key_id = ?", String.class, key.get("access_key_id"));

        assertThat(stored).startsWith("enc:v1:").doesNotContain(key.get("secret_access_key"));
        grant(userId, "iam:users:getUserV5");
        huaweiAs(key.get("access_key_id"), key.get("secret_access_key"))
                .get("/v5/users/{id}", userId)
                .then()
                .statusCode(200);
    }

    @Test
    void theRootSecretIsEncryptedToo() {
        List<String> stored = jdbc.queryForList(
                "select secret_key from access_keys where access_key_id = ?",
                String.class,
                properties.root().accessKey());

        assertThat(stored)
                .singleElement()
                .satisfies(value -> assertThat(value)
                        .startsWith("enc:v1:")
                        .doesNotContain(properties.root().secretKey()));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String userId = givenUser(uniqueName("pw"), Map.of());
        huawei().body(Map.of("password", "Plain-Passw0rd", "password_reset_required", false))
                .post("/v5/users/{id}/login-profile", userId)
                .then()
                .statusCode(201);

        String hash =
                jdbc.queryForObject("select password_hash from login_profiles where user_id = ?", String.class, userId);

        assertThat(hash).startsWith("$2").doesNotContain("Plain-Passw0rd");
    }

    @Test
    void anotherMasterKeyCannotReadTheSecretsAndSaysSo() {
        SecretConverter mine = new SecretConverter(new CredentialSettings(Duration.ofHours(1), "one key"));
        SecretConverter theirs = new SecretConverter(new CredentialSettings(Duration.ofHours(1), "another key"));
        String stored = mine.convertToDatabaseColumn("SecretValue0000000000000000000000000000");

        assertThat(mine.convertToEntityAttribute(stored)).isEqualTo("SecretValue0000000000000000000000000000");
        assertThat(mine.convertToDatabaseColumn("x")).isNotEqualTo(mine.convertToDatabaseColumn("x"));
        assertThatThrownBy(() -> theirs.convertToEntityAttribute(stored))
                .hasMessageContaining("emulator.secrets.master-key");
        assertThat(mine.convertToEntityAttribute("LegacyPlainSecret")).isEqualTo("LegacyPlainSecret");
    }
}
