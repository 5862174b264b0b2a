package org.iamemulator.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iamemulator.IamEmulatorApplication;
import org.iamemulator.core.Ids;
import org.iamemulator.core.account.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds obey the rules API requests obey, and a broken one is reported where it breaks them. */
@SpringBootTest
class SeedRulesIT {

    @TempDir
    Path dir;

    @Autowired
    SeedApplier applier;

    @Autowired
    AccountService accounts;

    @Autowired
    TransactionTemplate transaction;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "user name         | `users: [{name: 9lives}]`                                  | users[0].name: 1 to 64",
                "description       | `users: [{name: ok, description: a@b}]`                    | users[0].description: at most 255",
                "user id           | `users: [{name: ok, id: XYZ}]`                             | users[0].id: must be 32 lower-case",
                "tag key           | `users: [{name: ok}, {name: ok2}, {name: ok3}, {name: ok4, tags: [{tag_key: _sys_x, tag_value: v}]}]` | users[3].tags[0].tag_key: key '_sys_x'",
                "tag value         | `users: [{name: ok, tags: [{tag_key: k, tag_value: 'a<b'}]}]` | users[0].tags[0].tag_value: value of tag 'k'",
                "duplicate tag     | `users: [{name: ok, tags: [{tag_key: k}, {tag_key: k}]}]`   | users[0].tags[1].tag_key: duplicate key k",
                "password          | `users: [{name: ok, password: short}]`                     | users[0].password: 8 to 32 characters",
                "password kinds    | `users: [{name: ok, password: abcdefghij}]`                | users[0].password: at least 2 of: lower-case letters, upper-case letters, digits, special characters (password_char_combination)",
                "password is name  | `users: [{name: okay-user1, password: 1resu-yako}]`        | users[0].password: not the user name or the user name reversed (password_not_username_or_invert)",
                "policy range      | `password_policy: {minimum_password_length: 7}`             | password_policy.minimum_password_length: an integer from 8 to 32",
                "seeded policy     | `{password_policy: {minimum_password_length: 12}, users: [{name: ok, password: Passw0rd-1}]}` | users[0].password: 12 to 32 characters (minimum_password_length)",
                "login time        | `users: [{name: ok, logins: [{at: yesterday}]}]`           | users[0].logins[0].at: must be an ISO-8601",
                "duplicate user    | `users: [{name: twin}, {name: TWIN}]`                      | users[1]: user: user name already exists",
                "policy grammar    | `policies: [{name: p, document: {Version: '4.0', Statement: []}}]` | policies[0]: ",
                "unknown policy    | `users: [{name: ok, policies: [Nope]}]`                    | users[0].policies[0]: no policy named Nope",
                "unknown member    | `groups: [{name: g, members: [ghost]}]`                    | groups[0].members[0]: no user named ghost",
            })
    void reportsTheBrokenRuleAtItsPlace(String kind, String content, String expected) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), content);
        Seed seed = SeedReader.read(file.toString());
        String accountId = Ids.random();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    applier.createAccount(seed.file(), "", accountId, "acct-" + accountId.substring(0, 8), null);
                    applier.applyContent(seed.file(), accountId, seed.defaultAccount());
                }))
                .isInstanceOf(SeedException.class)
                .hasMessageStartingWith("Seed file " + file + ": ")
                .hasMessageContaining(expected);
        // nothing of a broken seed is kept
        assertThat(accounts.exists(accountId)).isFalse();
    }

    @Test
    void aBrokenSeedStopsTheStartWithItsMessage() throws IOException {
        Path file = Files.writeString(dir.resolve("start.yaml"), "users: [{name: ok, tags: [{tag_key: ' x'}]}]");

        assertThatThrownBy(() -> new SpringApplicationBuilder(IamEmulatorApplication.class)
                        .run(
                                "--server.port=0",
                                "--emulator.seed=" + file,
                                // the failure is the expected result: its report would only fill the build's output
                                "--logging.level.org.springframework.boot.diagnostics=OFF",
                                "--logging.level.org.springframework.boot.SpringApplication=OFF",
                                "--logging.level.org.springframework.boot.web.server.servlet.context=ERROR")
                        .close())
                .hasStackTraceContaining("Seed file " + file + ": users[0].tags[0].tag_key");
    }

    @Test
    void aBadAccountIdIsReported() throws IOException {
        Path file = Files.writeString(dir.resolve("acct.yaml"), "accounts: [{id: ABC, name: shouty}]");
        Seed seed = SeedReader.read(file.toString());

        assertThatThrownBy(() -> applier.createAccount(
                        seed.file(), seed.accounts().get(0).path(), "ABC", "shouty", null))
                .hasMessageContaining("accounts[0].id: must be 32 lower-case hexadecimal characters");
    }
}
